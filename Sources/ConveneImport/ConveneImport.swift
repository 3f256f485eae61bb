/// `ConveneImport` — placeholder until its issue fills it.
enum ConveneImportNamespace {}
