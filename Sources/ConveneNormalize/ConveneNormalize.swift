/// `ConveneNormalize` — placeholder until its issue fills it.
enum ConveneNormalizeNamespace {}
