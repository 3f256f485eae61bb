/// `ConveneReports` — placeholder until its issue fills it.
enum ConveneReportsNamespace {}
