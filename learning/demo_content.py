"""Original demo text for the eight learning modules (written for this project)."""

MODULES = [
    {
        "number": 1,
        "slug": "a-different-way-to-help",
        "title": "A different way to help",
        "summary": "Why pleading, arguing and waiting for rock bottom so often fail, and what CRAFT "
        "offers families instead: practical skills that make change more likely and life calmer for you.",
        "points": "How CRAFT differs from confrontation and from stepping back completely\n"
        "Why your relationship is one of the strongest tools you have\n"
        "What you can realistically expect from the programme",
        "teaser": "Most families arrive here tired. You have tried talking, shouting, hiding bottles and keeping "
        "the peace. This first module explains why none of that is a personal failure, and why a calmer, "
        "planned approach gives you more influence than you might think.",
        "lesson": [
            "Families are often told there are only two choices: confront the person hard, or detach and wait "
            "for them to hit bottom. CRAFT takes a third path. It treats you as someone with real influence, "
            "and it teaches you to use that influence on purpose.",
            "The idea is simple to say and takes practice to do: make sober time more rewarding than using "
            "time, let the costs of using land where they belong, and look for the moments when your loved "
            "one is most open to help.",
        ],
        "exercise": (
            "What have you tried so far?",
            "List the things you have already tried to get your loved one to change. Next to each, note what "
            "happened afterwards, for them and for you.",
        ),
        "duration": 14,
    },
    {
        "number": 2,
        "slug": "staying-safe",
        "title": "Staying safe first",
        "summary": "Before anything else: how to notice when a situation is becoming dangerous, how to plan "
        "a way out, and what to do in an overdose.",
        "points": "Signs that an argument may turn violent\nHow to make a simple safety plan\n"
        "The signs of an opioid overdose and how naloxone is used",
        "teaser": "Nothing in this programme asks you to put yourself at risk. This module helps you spot "
        "warning signs early and make a plan you can follow without having to think under pressure.",
        "lesson": [
            "Safety comes before every other skill. If you ever fear for your safety or someone else's, leave "
            "and call for help: in the US, 911 for emergencies or 988 for crisis support.",
            "A safety plan names the warning signs, a safe place to go, a person to call, and where your keys, "
            "phone and documents are. Written down in calm times, it works when you are frightened.",
        ],
        "exercise": (
            "My safety plan",
            "Write down three early warning signs, one safe place you could go, and two people you could call.",
        ),
        "duration": 16,
    },
    {
        "number": 3,
        "slug": "mapping-the-pattern",
        "title": "Mapping the pattern",
        "summary": "Drinking and drug use follow patterns. Learn to notice when, where and with whom use "
        "happens, and what it does for your loved one, so you can plan where to step in.",
        "points": "How to map triggers before use\nWhat use gives the person, and what it costs\n"
        "How to spot the moments when change is possible",
        "teaser": "Use can look random from the outside. Once you map it, patterns appear: certain days, "
        "certain people, certain feelings. This module shows you how to draw that map.",
        "lesson": [
            "Think of a typical episode of use. What happened just before? Who was there, what time was it, "
            "how was your loved one feeling? Then ask what the drinking or drug use gave them: relief, "
            "company, sleep, courage.",
            "Knowing what use provides helps you offer other ways to get the same thing, and shows you the "
            "quieter moments when a conversation is more likely to go well.",
        ],
        "exercise": (
            "Map a typical evening",
            "Describe a recent time your loved one used. Write down the time, place, people, mood beforehand, "
            "and what they seemed to get out of it.",
        ),
        "duration": 18,
    },
    {
        "number": 4,
        "slug": "talking-so-they-can-hear",
        "title": "Talking so they can hear you",
        "summary": "Conversations about drinking and drugs often end in a fight. Learn a way of speaking "
        "that is positive, specific and understanding, so you are heard instead of tuned out.",
        "points": "Turning complaints into positive requests\nUsing 'I' statements about feelings\n"
        "Offering to share responsibility for change",
        "teaser": "You may have said the same things many times. This module is about changing how you say "
        "them, so that your loved one hears an invitation instead of an accusation.",
        "lesson": [
            "Compare 'You are always drunk and you ruin every weekend' with 'I'd love us to go for a walk on "
            "Saturday morning, just the two of us.' Both come from the same wish. Only the second gives the "
            "other person something to say yes to.",
            "Good requests are positive, brief and specific. They name a feeling ('I feel worried') rather "
            "than a verdict, and they often offer help: 'Is there anything I can do to make that easier?'",
        ],
        "exercise": (
            "Rewrite a complaint",
            "Choose one thing you often say in frustration. Rewrite it as a short, positive, specific request.",
        ),
        "duration": 15,
    },
    {
        "number": 5,
        "slug": "rewarding-sober-time",
        "title": "Rewarding sober time",
        "summary": "Small, well-timed rewards for time spent sober are one of the most powerful tools "
        "families have. Learn what makes a reward work, and how to give it without it feeling forced.",
        "points": "Why rewards work better than punishment\nHow to choose rewards that matter to your loved one\n"
        "How to time them so they follow sober behaviour",
        "teaser": "This is our free sample module. It covers one of the core ideas of CRAFT: making sober time "
        "noticeably better than using time, with small things you can start this week.",
        "lesson": [
            "People repeat what is rewarded. When sober evenings are warm and interesting and using evenings "
            "are quieter and less comfortable, the balance slowly shifts.",
            "Rewards do not need to cost money: a favourite meal, your company on a walk, a thank-you, time "
            "together doing something they enjoy. What matters is that they follow sober time and that they "
            "matter to your loved one.",
        ],
        "exercise": (
            "My reward list",
            "List five small things your loved one enjoys that you could offer when they are sober. Circle the "
            "one you will try first, and when.",
        ),
        "duration": 17,
        "free_sample": True,
    },
    {
        "number": 6,
        "slug": "letting-consequences-land",
        "title": "Letting consequences land",
        "summary": "Families often soften the fallout of drinking or drug use without meaning to. Learn "
        "when to step back and let natural consequences do their work, safely.",
        "points": "What 'rescuing' looks like in everyday life\nHow to step back without punishing\n"
        "How to explain your new approach calmly",
        "teaser": "Phoning in sick for them, cleaning up, covering the bills: these come from love. This module "
        "helps you decide which of them to stop, and how to do it kindly.",
        "lesson": [
            "When the costs of using are always absorbed by someone else, the person using never quite feels "
            "them. Allowing natural consequences means stepping out of the way, not adding punishment.",
            "Safety still comes first: never withdraw help where someone could be seriously harmed.",
        ],
        "exercise": (
            "What do I absorb?",
            "List three things you do that protect your loved one from the results of their use. Which one "
            "could you safely stop first?",
        ),
        "duration": 14,
    },
    {
        "number": 7,
        "slug": "looking-after-yourself",
        "title": "Looking after yourself",
        "summary": "Your wellbeing matters in its own right, and it also makes you better at everything else "
        "in this programme. Build small habits that give you back some energy and hope.",
        "points": "Noticing the toll that worry has taken\nRebuilding activities and friendships you have lost\n"
        "Finding support for yourself",
        "teaser": "Families often put their own lives on hold. This module is about taking a little of yours "
        "back, without guilt.",
        "lesson": [
            "Worry is exhausting. Many family members stop seeing friends, give up hobbies and sleep badly. "
            "CRAFT asks you to rebuild some of that, deliberately, starting small.",
            "Choose one enjoyable activity and one supportive person to contact this week. Put both in your "
            "calendar as if they were appointments.",
        ],
        "exercise": (
            "One thing for me",
            "Name one activity you used to enjoy and one person you would like to see more. When will you do each?",
        ),
        "duration": 13,
    },
    {
        "number": 8,
        "slug": "inviting-them-into-treatment",
        "title": "Inviting them into treatment",
        "summary": "How to choose the moment, the words and the options so that an invitation to get help is "
        "most likely to be accepted, and what to do if the answer is no for now.",
        "points": "Recognising windows of opportunity\nPreparing treatment options in advance\n"
        "Responding to a 'no' without giving up",
        "teaser": "There are moments when a person is more open to help: after a bad night, after a worried "
        "comment from a friend. This module helps you be ready for them.",
        "lesson": [
            "Have options ready before you ask: a phone number, an appointment time, a counsellor's name. The "
            "SAMHSA National Helpline (1-800-662-4357) can help you find treatment near you.",
            "If the answer is no, that is not the end. Keep using your skills, look after yourself, and try "
            "again at the next window.",
        ],
        "exercise": (
            "Be ready",
            "Write down two treatment options near you, with phone numbers, and the words you would like to "
            "use when you invite your loved one.",
        ),
        "duration": 19,
    },
]

INDEX_INTRO = (
    "<p>Eight short modules teach the CRAFT skills step by step. Each has a video, a chapter of our eBook and "
    "exercises you can keep privately. Work at your own pace: most families take one module a week.</p>"
)
