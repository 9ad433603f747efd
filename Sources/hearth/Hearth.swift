import ArgumentParser

@main
struct HearthCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hearth",
        abstract: "Children's social care records, returns, scorecards and finance for English councils.",
        subcommands: [Synth.self, Demo.self, Import.self, Export.self, Scorecard.self, Indicator.self, Activity.self, Validate.self,
                      Db.self, Serve.self, User.self]
    )
}
