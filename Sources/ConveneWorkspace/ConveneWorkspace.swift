/// `ConveneWorkspace` — placeholder until its issue fills it.
enum ConveneWorkspaceNamespace {}
