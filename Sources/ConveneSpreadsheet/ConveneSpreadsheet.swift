/// `ConveneSpreadsheet` — placeholder until its issue fills it.
enum ConveneSpreadsheetNamespace {}
