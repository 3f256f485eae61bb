/// `ConveneCSV` — placeholder until its issue fills it.
enum ConveneCSVNamespace {}
