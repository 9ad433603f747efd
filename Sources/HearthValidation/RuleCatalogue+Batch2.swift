extension RuleCatalogue {
    /// Rules of batch 2, in code order.
    static let batch2: [any ValidationRule] = [
        Rule1000(), Rule1001(), Rule1002(), Rule1003(), Rule1004(), Rule1005(), Rule1006(), Rule1007(),
        Rule1008(), Rule1009(), Rule1010(), Rule1011(), Rule1012(), Rule1014(), Rule1015(), Rule1016(),
        Rule3001(), Rule301(), Rule302(), Rule303(), Rule304(), Rule331(), Rule333(), Rule334(), Rule335(), Rule336(),
        Rule344(), Rule345(), Rule347(), Rule351(), Rule352(), Rule353(), Rule354(), Rule355(), Rule356(), Rule357(),
        Rule358(), Rule359(), Rule361(), Rule362(), Rule363(), Rule364(), Rule365(), Rule366(), Rule367(),
    ]
}
