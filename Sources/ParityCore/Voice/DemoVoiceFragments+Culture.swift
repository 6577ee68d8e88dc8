// Fictional first-person fragments for demo submissions: no real people, places or numbers.
extension DemoVoiceFragments {
    static let disciplinary = [
        "I was referred to a formal investigation for a medication error that a white colleague made the same week without any action.",
        "The investigation into me took nine months and I was never told clearly what the allegation was.",
        "I was suspended while the investigation happened and nobody checked on my wellbeing.",
        "Informal conversations seem to be offered to some staff, while others go straight to a formal process.",
        "My case was dropped in the end, but the stress made me ill and I nearly left nursing.",
        "The investigating officer was a friend of the person who raised the complaint.",
        "I was given a written warning for something that is usually dealt with by a quiet word.",
        "Nobody from my background was on the disciplinary panel, and I felt judged before I spoke.",
        "The new just culture approach meant my mistake was treated as a learning event, and that felt fair.",
        "Staff from overseas are reported for communication issues much more often than others.",
        "I was not told I could bring a representative to the first meeting.",
        "A complaint against me was upheld without anyone speaking to the witnesses I named.",
        "I feel that black staff are more likely to be reported to the regulator than white staff for similar issues.",
        "My union representative said they see the same pattern in case after case.",
        "The decision maker in my hearing had already spoken about me negatively to others.",
        "I was investigated after raising a concern about patient safety, and it felt like retaliation.",
        "Investigations are not tracked by ethnicity in my directorate as far as I know, so no one sees the pattern.",
        "My colleague and I made the same error; I was investigated and she was given extra training.",
        "The outcome letter took four months to arrive, and I could not apply for any other jobs in the meantime.",
        "Having a cultural ambassador in my hearing made the process feel more balanced.",
        "I was moved to another site during the investigation and it felt like a punishment before any finding.",
        "I was told the process was confidential, but half the ward knew about it the next day.",
        "Pre-formal checks before any investigation would have stopped my case from going ahead.",
        "I felt I had no one to speak to during the process except the network.",
        "The language in my investigation report described me as intimidating, which I found deeply hurtful.",
        "I would like every formal case to be reviewed for bias before it starts.",
        "The support I received from occupational health during the process was good.",
        "It took a year to clear my name and no one has apologised.",
        "I watched a colleague leave the organisation during an investigation that was later found to be unfounded.",
        "I believe managers reach for the formal process faster with some staff than others.",
    ]

    static let leadershipCulture = [
        "The board talks about inclusion, but I never see senior leaders on the wards at night.",
        "The executive team visited our network meeting and then nothing we raised was followed up.",
        "There is no one on the board who looks like most of the staff on my corridor.",
        "The culture here is to keep quiet and not make a fuss.",
        "I do not believe the organisation values the work of staff like me.",
        "Our chief executive spoke openly about racism at the staff awards, and people noticed.",
        "Leadership messages about equality feel like they are written for the inspection, not for us.",
        "When the staff survey results came out there was no real conversation about the race gaps.",
        "People who raise concerns about culture are seen as troublemakers by some senior leaders.",
        "The action plan from last year was never shared with staff.",
        "I would like to see the board held to account for the targets it sets on race equality.",
        "The network has no protected time and no budget, and that says something about how it is valued.",
        "Senior leaders do not seem to know what day-to-day life is like for black and minority ethnic staff.",
        "Exit interviews are not done properly, so no one learns why people like me leave.",
        "Our new director listens and acts, and the mood in the department is starting to shift.",
        "There is a gap between what the board papers say and what happens on the floor.",
        "I feel invisible in this organisation.",
        "The freedom to speak up process feels like it protects the organisation, not the person speaking up.",
        "Equality objectives are announced with a lot of noise and then quietly dropped.",
        "I want to see leaders admit when things have not improved.",
        "Inclusive leadership training should be mandatory for every senior manager.",
        "When I raised the lack of diversity at senior level I was told it takes time.",
        "The culture of long hours and presenteeism makes it harder for carers and disabled staff to progress.",
        "Our site has improved since leaders started holding listening sessions on night shifts as well as days.",
        "Decisions about our service are made without anyone from the front line in the room.",
        "I have seen the organisation celebrate diversity month while ignoring complaints from the same staff.",
        "It feels as if leadership wants good headlines more than real change.",
        "The chair of the board answered our questions honestly at the network event, which I respect.",
        "The staff survey says we feel unsafe to speak up, and I have not seen a plan to change that.",
        "I believe change is possible here, but only if leaders are measured on it.",
    ]

    static let other = [
        "The car parking arrangements mean staff on late shifts walk alone in the dark.",
        "Rest facilities for night staff are poor, and the prayer room is often locked.",
        "I struggled to get uniform that fits with my religious dress.",
        "Visa and sponsorship worries make it hard for international staff to speak up about anything.",
        "Agency staff from minority backgrounds are treated with less respect than permanent staff.",
        "The occupational health referral took so long that I went back to work before it happened.",
        "I would like the staff network to have a direct line to the board.",
        "Accommodation for newly arrived international staff was not ready when we arrived.",
        "The menopause policy does not mention cultural differences at all.",
        "Information about pay progression is hard to find and hard to understand.",
        "The canteen has no halal options on night shifts.",
        "I do not know where to go for support with the cost of living, and I am embarrassed to ask.",
        "The induction did not explain how things really work here, and I learned the hard way.",
        "My pension and pay questions have been unanswered for months.",
        "The onboarding for international nurses was excellent and I felt welcomed from the first day.",
        "Staff wellbeing checks happen on day shifts only.",
        "Changes to the rota are made at short notice without thinking about childcare.",
        "I worry about speaking up because of my immigration status.",
        "The interpreting service is under pressure and staff are asked to interpret for patients without support.",
        "We need better signposting to the freedom to speak up guardian and the staff network.",
        "I was not told about the hardship fund until I had already taken out a loan.",
        "Our team does not have a quiet room for breaks, so I eat at the nurses' station.",
        "Shift patterns make it impossible to attend religious festivals without using all my leave.",
        "The staff network newsletter is the only place I hear about what the organisation is doing on race.",
        "There is no reflective practice for the emotional impact of racism at work.",
        "The lockers in our department are too few, and newer staff never get one.",
        "The relocation package did not cover the costs it promised.",
        "It would help to hear back about what happened after we raise something.",
        "I want to thank the network for being a safe place to talk.",
        "Things are slowly getting better in my team, and I wanted that to be recorded too.",
    ]

    /// Sentences that end a longer submission, whatever its theme.
    static let closings = [
        "I am sharing this because I want things to be better for the people who come after me.",
        "I love my job and my patients, but I am tired.",
        "I hope someone reads this and it leads to change.",
        "I have not told my manager about any of this.",
        "This has affected my confidence and my health.",
        "I know I am not the only one who feels this way.",
        "I am thinking about leaving the NHS because of this.",
        "I would be willing to talk to the panel if that would help.",
        "Thank you for creating a safe way to say this.",
        "I want my experience to count alongside the numbers.",
        "I am writing this on my break because I do not know where else to say it.",
        "Nothing has changed since I first raised it.",
    ]

    /// Sentences that give away who wrote them, so the seeder's redaction has work to do.
    static let identifying = [
        "You can reach me on 07700 900123 if the panel wants to know more.",
        "Please email me at someone@example.org about this.",
        "My staff number is 12345678 if you need to check my record.",
        "If it helps, call me on +44 7700 900123 after my shift.",
    ]
}

/// The sentences demo submissions are made of.
enum DemoVoiceFragments {
    static func fragments(for theme: VoiceTheme) -> [String] {
        switch theme {
        case .recruitment: recruitment
        case .progression: progression
        case .disciplinary: disciplinary
        case .training: training
        case .harassmentFromPublic: harassmentFromPublic
        case .harassmentFromColleagues: harassmentFromColleagues
        case .managerDiscrimination: managerDiscrimination
        case .leadershipCulture: leadershipCulture
        case .other: other
        }
    }
}
