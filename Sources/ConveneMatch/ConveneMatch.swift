/// `ConveneMatch` — placeholder until its issue fills it.
enum ConveneMatchNamespace {}
