import ConveneModel

/// An action plan: the tracker's Action Plan sheet or a CSV of it. Its columns are mapped by the action-plan
/// synonyms (``HeaderSynonyms/actionPlan``) and its rows become action items, not people.
struct ActionPlanList: KnownExport {
    let profile = SourceProfile(
        kind: .actionPlan,
        signatures: [["Action item", "Priority area"], ["Action item", "Business champion"], ["Action item", "Action team"]],
        fields: [])
}
