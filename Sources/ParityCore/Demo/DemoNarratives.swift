/// Short fictional descriptions for WDES metric 9b, of the kind organisations write.
enum DemoNarratives {
    private static let actions = [
        "Our Disabled Staff Network meets monthly with its executive sponsor and co-designed the new reasonable adjustments passport.",
        "We launched a disability and long-term conditions network, and its chair now sits on the People Committee.",
        "Disabled colleagues led listening events in every division; the actions agreed are reviewed by the board each quarter.",
        "The neurodiversity and disability forum reviewed our recruitment process, and we adopted its recommendations in full.",
        "We funded protected time for network leads and added a Disabled staff voice item to every workforce committee agenda.",
    ]

    private static let plans = [
        "We plan to set up a Disabled staff network in the coming year, with an executive sponsor.",
        "Our network lapsed when its chair left; we are recruiting a new chair with protected time.",
    ]

    /// A narrative for an organisation that did (`taken`) or did not take action.
    static func voiceAction(taken: Bool, random: inout SplitMix64) -> String {
        let list = taken ? actions : plans
        return list[random.integer(0...(list.count - 1))]
    }
}
