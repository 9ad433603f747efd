extension RuleCatalogue {
    /// Rules of batch 2, in code order.
    static let batch2: [any ValidationRule] = [
        Rule1000(), Rule1001(), Rule1002(), Rule1003(), Rule1004(), Rule1005(), Rule1006(), Rule1007(),
        Rule1008(), Rule1009(), Rule1010(), Rule1011(), Rule1012(), Rule1014(), Rule1015(), Rule1016(),
        Rule3001(), Rule301(), Rule302(), Rule303(), Rule304(), Rule331(), Rule333(), Rule334(), Rule335(), Rule336(),
        Rule344(), Rule345(), Rule347(), Rule351(), Rule352(), Rule353(), Rule354(), Rule355(), Rule356(), Rule357(),
        Rule358(), Rule359(), Rule361(), Rule362(), Rule363(), Rule364(), Rule365(), Rule366(), Rule367(),
        Rule371(), Rule372(), Rule373(), Rule374(), Rule375(), Rule376(), Rule377(), Rule378(), Rule379(), Rule380(),
        Rule381(), Rule382(), Rule383(), Rule384(), Rule385(), Rule386(), Rule387(), Rule388(), Rule389(), Rule390(),
        Rule391(), Rule392a(), Rule392b(), Rule392c(), Rule392d(), Rule393(), Rule398(), Rule399(), Rule406(), Rule407(),
        Rule408(), Rule411(), Rule420(), Rule426(),
        Rule431(), Rule432(), Rule433(), Rule434(), Rule435(), Rule436(), Rule437(), Rule440(), Rule441(), Rule442(),
        Rule445(), Rule446(), Rule451(), Rule452(), Rule453(), Rule460(),
    ]
}
