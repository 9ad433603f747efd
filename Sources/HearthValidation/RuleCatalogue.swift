/// Every implemented rule, gathered from the batches (kept in separate files so rules can be
/// added in parallel without touching one shared list).
public enum RuleCatalogue {
    public static let all: [any ValidationRule] = batch1 + batch2 + batch3 + batch4 + added2025
}
