"""A fixture corpus written for the judged query set: posts and modules on this site's subject.

Not the demo content, and not tuned to it: each text reads like a post a family-support charity would publish.
Posts: (slug, title, intro, [body paragraphs], [tags]). Modules: (slug, number, title, summary, what you learn).
"""

POSTS = [
    (
        "talking-to-your-son-about-his-drinking",
        "Talking to your son about his drinking",
        "How to help your son see what alcohol is costing him, without a lecture or a fight.",
        [
            "Pick a calm moment when he is sober, not the morning after a bad night.",
            "Say what you have noticed and how it makes you feel, then listen. "
            "Young men often open up more in the car or on a walk than face to face at the table.",
        ],
        ["communication", "sons"],
    ),
    (
        "when-your-daughter-is-using-heroin",
        "When your daughter is using heroin",
        "Finding out your daughter uses heroin is terrifying. Here is what to do in the first weeks.",
        [
            "Keep naloxone at home and learn the signs of an opioid overdose.",
            "Stay in contact even when she pushes you away: the relationship is what brings her back to treatment.",
        ],
        ["heroin", "opioids", "daughters"],
    ),
    (
        "living-with-an-alcoholic-husband",
        "Living with an alcoholic husband",
        "Loving a partner whose drinking has taken over the house, and finding your own footing again.",
        [
            "Alcoholism in a marriage affects money, sleep, the children and your own health.",
            "You cannot make him stop, but you can change how you respond, and that often changes what he does.",
        ],
        ["alcohol", "partners"],
    ),
    (
        "relapse-is-part-of-recovery",
        "Relapse is often part of recovery",
        "A relapse feels like the end. For most people it is a step on a longer road.",
        [
            "Many people relapse several times before recovery lasts. "
            "What matters is how quickly they return to the plan.",
            "Talk about what led up to the slip, without blame, and what could be different next time.",
        ],
        ["relapse", "recovery"],
    ),
    (
        "why-a-surprise-intervention-often-backfires",
        "Why a surprise intervention often backfires",
        "The confrontational intervention seen on television rarely works. Families have gentler options.",
        [
            "Ambushing someone with a room full of relatives makes them defensive.",
            "Approaches such as CRAFT teach families to invite change step by step, "
            "and far more loved ones enter treatment that way.",
        ],
        ["intervention", "craft"],
    ),
    (
        "choosing-a-residential-treatment-centre",
        "Choosing a residential treatment centre",
        "Questions to ask before your loved one goes to a residential programme.",
        [
            "Ask which therapies are offered, whether staff are licensed, and how families are involved.",
            "A good centre plans aftercare from the first day, because the weeks after leaving are the riskiest.",
        ],
        ["treatment"],
    ),
    (
        "what-happens-at-an-alcoholics-anonymous-meeting",
        "What happens at an Alcoholics Anonymous meeting",
        "If your loved one is thinking of trying a meeting, here is what they will find.",
        [
            "Meetings are free, open to anyone who wants to stop drinking, and nobody has to speak.",
            "Open meetings welcome family members who want to understand the twelve steps.",
        ],
        ["mutual help", "alcohol"],
    ),
    (
        "support-groups-for-families",
        "Support groups for families: Al-Anon, Nar-Anon and SMART Family & Friends",
        "Groups where parents and partners meet others who live with someone's drinking or drug use.",
        [
            "Al-Anon and Nar-Anon follow a twelve-step tradition; SMART Family & Friends uses CRAFT tools.",
            "Try a few groups: the right one is where you leave feeling less alone.",
        ],
        ["support groups", "families"],
    ),
    (
        "naloxone-how-to-reverse-an-opioid-overdose",
        "Naloxone: how to reverse an opioid overdose",
        "Naloxone can bring someone back from an opioid overdose within minutes. Every family should have it.",
        [
            "Call emergency services, give the nasal spray, and start rescue breathing.",
            "Pharmacies sell naloxone without a prescription in many places, and some give it away.",
        ],
        ["naloxone", "overdose", "opioids"],
    ),
    (
        "fentanyl-is-in-the-street-supply",
        "Fentanyl is in the street supply",
        "Pills and powders bought on the street are often laced with fentanyl, even when sold as something else.",
        [
            "A tiny amount can stop someone's breathing. Test strips can detect it.",
            "Ask your loved one never to use alone, and to keep naloxone within reach.",
        ],
        ["fentanyl", "overdose"],
    ),
    (
        "your-teenager-and-cannabis",
        "Your teenager and cannabis",
        "Today's cannabis is stronger than it was. What parents of teenagers need to know.",
        [
            "Heavy use in the teenage years is linked to poorer memory, low mood and anxiety.",
            "Ask open questions about why they smoke, and agree clear house rules together.",
        ],
        ["cannabis", "teenagers"],
    ),
    (
        "methamphetamine-paranoia-and-staying-safe",
        "Methamphetamine, paranoia and staying safe",
        "Methamphetamine can cause days without sleep, paranoia and sudden anger.",
        [
            "Do not argue with someone who is paranoid; speak slowly and give them space.",
            "If you feel unsafe, leave and call for help. Your safety comes first.",
        ],
        ["stimulants", "safety"],
    ),
    (
        "looking-after-yourself",
        "Looking after yourself while you look after them",
        "Self-care is not selfish: families who rest and get support help their loved one more.",
        [
            "Keep one thing each week that is only for you: a walk, a friend, a class.",
            "Notice the signs of burnout, such as headaches, irritability and giving up hobbies.",
        ],
        ["self-care", "wellbeing"],
    ),
    (
        "setting-boundaries-with-love",
        "Setting boundaries with love",
        "Boundaries protect you and make expectations clear. They are not punishments.",
        [
            "A boundary says what you will do, not what they must do: "
            "'I will not give lifts when you have been drinking.'",
            "Decide in advance, say it calmly once, and follow through.",
        ],
        ["boundaries"],
    ),
    (
        "rewarding-sober-time",
        "Rewarding sober time",
        "Small rewards for time spent sober make sobriety more attractive than using.",
        [
            "Notice the evenings they stay sober and make them pleasant: a favourite meal, a film together.",
            "Rewards work best straight away and when they are things your loved one truly enjoys.",
        ],
        ["rewards", "craft"],
    ),
    (
        "enabling-or-helping",
        "Enabling or helping? Knowing the difference",
        "Covering up, paying debts and making excuses can keep the drinking going. Helping looks different.",
        [
            "Enabling removes the natural consequences of use; helping supports the person but not the habit.",
            "Ask yourself: does this make it easier to keep using, or easier to change?",
        ],
        ["enabling", "boundaries"],
    ),
    (
        "when-they-ask-for-money",
        "When they ask for money",
        "Requests for cash are among the hardest moments for parents.",
        [
            "Offer to pay a bill directly, buy groceries, or cover a bus pass instead of handing over cash.",
            "Agree your answer with your partner beforehand, so you are not played against each other.",
        ],
        ["money", "boundaries"],
    ),
    (
        "a-safety-plan-when-drinking-leads-to-violence",
        "Making a safety plan when drinking leads to violence",
        "If your loved one becomes aggressive or violent when drunk, plan ahead for your safety.",
        [
            "Know which rooms have a way out, keep a phone charged, and agree a code word with a friend.",
            "Domestic abuse helplines can help you make a plan, and you can leave at any time.",
        ],
        ["safety", "violence"],
    ),
    (
        "detox-and-withdrawal-what-to-expect",
        "Detox and withdrawal: what to expect",
        "Stopping alcohol or drugs suddenly can be dangerous. Detox under medical care is safer.",
        [
            "Withdrawal symptoms include shaking, sweating, anxiety and, after heavy drinking, seizures.",
            "A doctor can arrange a supervised detox at home or in a clinic.",
        ],
        ["detox", "withdrawal"],
    ),
    (
        "medication-for-opioid-addiction",
        "Medication for opioid addiction: buprenorphine and methadone",
        "Medicines for opioid use disorder halve the risk of death. They are treatment, not a swap of one drug "
        "for another.",
        [
            "Buprenorphine and methadone reduce cravings and withdrawal so people can rebuild their lives.",
            "Ask a doctor about how long to continue: many people take them for years.",
        ],
        ["opioids", "medication", "treatment"],
    ),
    (
        "brothers-and-sisters-need-attention-too",
        "Brothers and sisters need attention too",
        "When one child's drug use takes over, their siblings can feel forgotten.",
        [
            "Set aside regular time with each of your other children, and tell them the truth in words they "
            "understand.",
            "Siblings often feel angry, ashamed or responsible; let them say so.",
        ],
        ["siblings", "families"],
    ),
    (
        "grandparents-raising-grandchildren",
        "Grandparents raising grandchildren",
        "Many grandparents step in to raise grandchildren when a parent's addiction makes home unsafe.",
        [
            "Ask about kinship care support, legal guardianship and financial help.",
            "Look after your own health too: raising young children again is demanding.",
        ],
        ["grandparents", "families"],
    ),
    (
        "getting-through-the-holidays",
        "Getting through the holidays when a loved one drinks",
        "Christmas, Thanksgiving and family parties can bring heavy drinking and old arguments.",
        [
            "Plan short visits, offer alcohol-free drinks, and agree in advance when you will leave.",
            "Celebrate with the people who are sober and kind, and let the rest go.",
        ],
        ["holidays", "alcohol"],
    ),
    (
        "lies-broken-promises-and-rebuilding-trust",
        "Lies, broken promises and rebuilding trust",
        "Addiction often comes with lying. Trust comes back slowly, through actions.",
        [
            "Lies usually protect the habit, not a lack of love for you.",
            "Praise honesty when you see it, and check facts quietly rather than interrogating.",
        ],
        ["trust", "communication"],
    ),
    (
        "positive-communication",
        "Positive communication: saying it so they can hear it",
        "How to talk with your loved one without every conversation turning into a fight.",
        [
            "Be brief, be positive, name specific behaviour, and start with 'I' rather than 'you'.",
            "Offer to help with a step they choose, and stop talking before it becomes an argument.",
        ],
        ["communication", "craft"],
    ),
    (
        "when-depression-and-drinking-go-together",
        "When depression and drinking go together",
        "Many people who drink heavily are also depressed. Treating both together works best.",
        [
            "Alcohol lifts mood briefly, then deepens low mood and anxiety the next day.",
            "Ask a doctor about depression as well as drinking, and take talk of suicide seriously.",
        ],
        ["depression", "mental health", "alcohol"],
    ),
    (
        "finding-a-therapist-who-understands-addiction",
        "Finding a therapist who understands addiction",
        "A therapist trained in addiction can help your loved one, and you.",
        [
            "Look for licensed professionals who use evidence-based approaches and welcome family sessions.",
            "It is fine to meet two or three before choosing one you trust.",
        ],
        ["therapy", "treatment"],
    ),
    (
        "binge-drinking-at-college",
        "Binge drinking at college",
        "Students away from home often drink far more than they did at school. Know the warning signs.",
        [
            "Falling grades, missed classes and blackouts are signs the partying has become a problem.",
            "Call or visit regularly, and learn the signs of alcohol poisoning.",
        ],
        ["students", "alcohol"],
    ),
    (
        "when-prescription-painkillers-become-a-problem",
        "When prescription painkillers become a problem",
        "Opioid painkillers such as oxycodone, prescribed after surgery or an injury, can lead to dependence.",
        [
            "Watch for running out early, visiting several doctors, or mood changes between doses.",
            "Keep medicines locked away and return unused pills to a pharmacy.",
        ],
        ["opioids", "prescription drugs"],
    ),
    (
        "cocaine-at-the-weekends",
        "Cocaine at the weekends",
        "Weekend cocaine use is often seen as harmless. Its risks to the heart and mind are real.",
        [
            "Cocaine raises blood pressure and heart rate, and mixing it with alcohol adds to the danger.",
            "Talk about the comedowns, the money and the mood swings, which they may have noticed themselves.",
        ],
        ["stimulants", "cocaine"],
    ),
    (
        "after-an-overdose-the-first-days-home",
        "After an overdose: the first days home",
        "Your loved one survived an overdose and has come home from hospital. What now?",
        [
            "The days after an overdose are a window when many people accept treatment. Have options ready.",
            "Their tolerance is lower now, so the risk of another overdose is high: keep naloxone close.",
        ],
        ["overdose", "recovery"],
    ),
    (
        "when-they-say-they-dont-need-help",
        "When they say they don't need help",
        "Your loved one refuses treatment and insists there is no problem. You still have influence.",
        [
            "Arguing about labels rarely helps. Focus on the things they care about that drinking or drug use "
            "gets in the way of.",
            "Keep the door open: invitations to treatment succeed more often after a setback.",
        ],
        ["denial", "craft", "treatment"],
    ),
    (
        "grieving-a-child-lost-to-overdose",
        "Grieving a child lost to overdose",
        "Losing a son or daughter to an overdose brings grief with its own silence and stigma.",
        [
            "Bereavement groups for parents who lost a child to drugs let you speak without being judged.",
            "There is no right way or timetable to grieve.",
        ],
        ["grief", "overdose"],
    ),
    (
        "sleepless-nights-stress-and-worry",
        "Sleepless nights: stress and worry for parents",
        "Lying awake waiting for the phone to ring wears you down. Ways to rest when you are worried.",
        [
            "Keep a notebook by the bed to write worries down, and set a time each evening to stop checking.",
            "Ask your doctor if sleep problems last more than a few weeks.",
        ],
        ["wellbeing", "stress"],
    ),
]

MODULES = [
    (
        "understanding-craft",
        1,
        "Understanding CRAFT",
        "An introduction to Community Reinforcement and Family Training, the approach that helps families "
        "influence a loved one's drinking or drug use.",
        "Why CRAFT works\nWhat you can change",
    ),
    (
        "keeping-everyone-safe",
        2,
        "Keeping everyone safe",
        "Recognise danger signs, plan for emergencies and keep yourself and your family safe.",
        "Spot warning signs\nMake a safety plan",
    ),
    (
        "rewarding-positive-behaviour",
        3,
        "Rewarding positive behaviour",
        "Use rewards to make sober time more appealing than using.",
        "Choose rewards\nTime them well",
    ),
    (
        "inviting-your-loved-one-into-treatment",
        4,
        "Inviting your loved one into treatment",
        "When and how to suggest treatment so your loved one is most likely to say yes.",
        "Find the right moment\nHave options ready",
    ),
]

# (what a parent types, the slugs of pages that should come first: any of them in the top three is a success)
JUDGED_QUERIES = [
    ("how do I help my son", ["talking-to-your-son-about-his-drinking"]),
    ("my daughter is using heroin", ["when-your-daughter-is-using-heroin"]),
    ("alcoholic", ["living-with-an-alcoholic-husband"]),
    ("alcholic husband", ["living-with-an-alcoholic-husband"]),
    ("relapsing", ["relapse-is-part-of-recovery"]),
    ("he relapsed again after six months", ["relapse-is-part-of-recovery"]),
    ("intervention", ["why-a-surprise-intervention-often-backfires"]),
    ("should we do an intervention", ["why-a-surprise-intervention-often-backfires"]),
    ("rehab", ["choosing-a-residential-treatment-centre"]),
    ('"residential treatment"', ["choosing-a-residential-treatment-centre"]),
    ("AA meetings", ["what-happens-at-an-alcoholics-anonymous-meeting"]),
    ("al-anon", ["support-groups-for-families"]),
    ("alanon", ["support-groups-for-families"]),
    ("support group for parents", ["support-groups-for-families"]),
    ("narcan", ["naloxone-how-to-reverse-an-opioid-overdose"]),
    ("what do i do if he ODs", ["naloxone-how-to-reverse-an-opioid-overdose", "after-an-overdose-the-first-days-home"]),
    ("overdoses", ["naloxone-how-to-reverse-an-opioid-overdose", "after-an-overdose-the-first-days-home"]),
    ("fentanyl", ["fentanyl-is-in-the-street-supply"]),
    ("fentanil", ["fentanyl-is-in-the-street-supply"]),
    ("my teen is smoking weed", ["your-teenager-and-cannabis"]),
    ("marijuana", ["your-teenager-and-cannabis"]),
    ("meth", ["methamphetamine-paranoia-and-staying-safe"]),
    ("self care", ["looking-after-yourself"]),
    ("boundaries", ["setting-boundaries-with-love"]),
    ("boundries", ["setting-boundaries-with-love"]),
    ("rewarding sober time", ["rewarding-sober-time", "rewarding-positive-behaviour"]),
    ("am i enabling him", ["enabling-or-helping"]),
    ("he keeps asking me for money", ["when-they-ask-for-money"]),
    ("violent when drunk", ["a-safety-plan-when-drinking-leads-to-violence"]),
    ("detox", ["detox-and-withdrawal-what-to-expect"]),
    ("withdrawl symptoms", ["detox-and-withdrawal-what-to-expect"]),
    ("suboxone", ["medication-for-opioid-addiction"]),
    ("methadone", ["medication-for-opioid-addiction"]),
    ("siblings", ["brothers-and-sisters-need-attention-too"]),
    ("grandparents raising grandkids", ["grandparents-raising-grandchildren"]),
    ("christmas drinking", ["getting-through-the-holidays"]),
    ("he lies all the time", ["lies-broken-promises-and-rebuilding-trust"]),
    ("how to talk to him without fighting", ["positive-communication"]),
    ("depressed and drinking", ["when-depression-and-drinking-go-together"]),
    ("counselor", ["finding-a-therapist-who-understands-addiction"]),
    ("binge drinking in college", ["binge-drinking-at-college"]),
    ("oxycodone", ["when-prescription-painkillers-become-a-problem"]),
    ("coke", ["cocaine-at-the-weekends"]),
    (
        "what should we do when our son comes home from the hospital after an overdose",
        ["after-an-overdose-the-first-days-home"],
    ),
    ("he refuses treatment and says he doesnt need help", ["when-they-say-they-dont-need-help"]),
    ("lost my son to an overdose", ["grieving-a-child-lost-to-overdose"]),
    ("cant sleep worrying", ["sleepless-nights-stress-and-worry"]),
    ("craft", ["understanding-craft"]),
    ("community reinforcement and family training", ["understanding-craft"]),
    ("keeping my family safe", ["keeping-everyone-safe", "a-safety-plan-when-drinking-leads-to-violence"]),
    (
        "getting my loved one into rehab",
        ["inviting-your-loved-one-into-treatment", "choosing-a-residential-treatment-centre"],
    ),
]
