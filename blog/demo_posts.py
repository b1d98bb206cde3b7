"""The demo blog's categories and posts: original articles for families, written for this site.

Each post's `body` is a list of blocks made by the small helpers below; `blog/demo.py` turns the picture,
embed and page references into real images, embeds and page ids.
"""

CREDIT = "© Steady Ground demo illustration"
PODCAST_URLS = {
    1: "https://www.youtube.com/watch?v=sgPodcast01",
    2: "https://www.youtube.com/watch?v=sgPodcast02",
}

CATEGORIES = [
    ("CRAFT", "craft", "Practical skills from Community Reinforcement and Family Training, explained step by step."),
    ("Guest Bloggers", "guest-bloggers", "Parents, partners and siblings share what they have lived and learned."),
    ("Family Stories", "family-stories", "Real-life stories of families finding their footing, told with care."),
    ("Podcast", "podcast", "Short conversations for families, with a written summary of every episode."),
]

BLOG_INTRO = (
    "<p>Stories, ideas and practical steps for families who love someone who drinks too much or uses drugs. "
    "New here? Start with <i>Why confrontation backfires</i>.</p>"
)


def text(*paragraphs):
    """A paragraph block; plain strings become <p> paragraphs, lists are passed through."""
    return ("paragraph", "".join(p if p.startswith(("<ul", "<ol")) else f"<p>{p}</p>" for p in paragraphs))


def heading(words, level="h2"):
    return ("heading", {"text": words, "level": level, "anchor": ""})


def quote(words, attribution):
    return ("quote", {"quote": words, "attribution": attribution})


def callout(kind, title, html):
    return ("callout", {"kind": kind, "heading": title, "text": html})


def picture(title, alt, caption, **drawing):
    """An image block; `drawing` is passed to authors.demo_pictures.scene."""
    return ("image", {"picture": {"title": title, "alt": alt, "drawing": drawing}, "caption": caption})


def podcast(number, title, summary_html):
    return ("embed", {"embed": PODCAST_URLS[number], "title": title, "text_alternative": summary_html})


def call_to_action(title, words, button, page_slug="", url=""):
    return ("call_to_action", {"heading": title, "text": words, "button_text": button, "page": page_slug, "url": url})


def resources(title, *entries):
    keys = ("name", "phone", "url", "description")
    return ("resources", {"heading": title, "resources": [dict(zip(keys, entry, strict=True)) for entry in entries]})


DIVIDER = ("divider", None)

EMERGENCY = ("Emergency services", "911", "", "If someone is not breathing, will not wake up or is in danger.")
LIFELINE = ("988 Suicide & Crisis Lifeline", "988", "https://988lifeline.org/", "Call or text, free and 24/7.")
SAMHSA = (
    "SAMHSA National Helpline",
    "1-800-662-4357",
    "https://www.samhsa.gov/find-help/helplines/national-helpline",
    "Free, confidential treatment referral and information, 24/7, in English and Spanish.",
)

POSTS = [
    {
        "slug": "why-confrontation-backfires",
        "title": "Why confrontation backfires, and what to try instead",
        "intro": "Shouting, pleading and ultimatums can feel like the only tools left. Here is why they rarely "
        "work, and three calmer moves that give change a better chance.",
        "days_ago": 182,
        "authors": ["dana-whitfield"],
        "categories": ["CRAFT"],
        "tags": ["communication", "confrontation", "craft basics"],
        "picture": {"time_of_day": "dawn", "figures": [(0.42, 0.22), (0.52, 0.2)]},
        "alt": "Two simple figures standing a little apart on a green hill at sunrise",
        "caption": "",
        "body": [
            text(
                "If you have ever stood in the kitchen at midnight, heart racing, telling someone you love exactly "
                "what their drinking is doing to the family, you are not alone. Almost every parent and partner we "
                "hear from has been there. It comes from love and from fear. The trouble is that it almost never "
                "leads where we hope."
            ),
            heading("What happens in a confrontation"),
            text(
                "When people feel cornered, they defend themselves. They argue about the facts, point to your "
                "mistakes, or walk out. The conversation stops being about their health and becomes a contest they "
                "must not lose. Worse, the row itself can become one more reason to drink or use: to calm down, to "
                "feel better, or to prove a point.",
                "CRAFT starts from a different idea. People are more likely to think about change when home feels "
                "less like a battlefield, and when sober time is something they want more of.",
            ),
            quote(
                "I used to think that if I said it loudly enough, he would finally hear me. He heard me. He just "
                "stopped coming home.",
                "A mother in one of our support evenings",
            ),
            heading("Three calmer moves"),
            text(
                "<b>Pick your moment.</b> Raise a worry when they are sober and you are calm, not in the middle of "
                "an incident. A short talk on a quiet Sunday morning lands far better than a long one at 2 a.m.",
                "<b>Start with “I”.</b> “I was frightened when you drove home last night” is hard to argue with. "
                "“You are so irresponsible” invites a fight.",
                "<b>Offer something, not only a demand.</b> Pair your worry with an invitation: “I'd love to go for "
                "a walk with you tomorrow.” You are showing them that life without the substance has good things "
                "in it.",
            ),
            callout(
                "tip",
                "Not every talk has to be about drinking",
                "<p>Most of your conversations can simply be kind. That is not giving up. It is laying the "
                "groundwork for the day they are ready to listen.</p>",
            ),
            heading("If it goes wrong anyway"),
            text(
                "You will still lose your temper sometimes. Everyone does. When it happens, come back later and "
                "say, “I'm sorry I shouted. I was scared.” Repairing a rough moment teaches the very skill you hope "
                "they will learn."
            ),
        ],
    },
    {
        "slug": "rewarding-sober-time",
        "title": "Rewarding sober time: small moments that add up",
        "intro": "CRAFT asks families to notice and reward the times their loved one is sober. It can feel "
        "strange at first. Here is how to do it without it feeling fake.",
        "days_ago": 168,
        "authors": ["dana-whitfield"],
        "categories": ["CRAFT"],
        "tags": ["rewards", "sober time", "craft basics"],
        "picture": {"time_of_day": "day", "figures": [(0.36, 0.21), (0.44, 0.16)], "tree": True},
        "alt": "An adult and a child walking past a round tree on a sunny hillside",
        "caption": "Rewards are usually small: a walk, a meal, time together.",
        "body": [
            text(
                "One of the central ideas in CRAFT sounds almost too simple: make sober time more rewarding than "
                "time spent drinking or using. People tend to repeat what feels good. If the evenings they spend "
                "sober are warmer, easier and more connected, those evenings become more attractive."
            ),
            heading("What counts as a reward"),
            text(
                "Rewards do not need to cost money. They are usually small and personal: cooking a favourite meal, "
                "watching a game together, a word of thanks, time with the grandchildren. You know better than "
                "anyone what your loved one enjoys.",
                "Make a short list. Write down five things that would feel good to them and that you are happy to "
                "give. Keep it on your phone so it is there when the moment comes.",
            ),
            heading("Timing matters"),
            text(
                "A reward works best when it follows sober behaviour closely. If your son comes to dinner "
                "clear-headed, that is the evening to linger at the table, not the evening to bring up last week's "
                "argument. If your partner skips the bar after work, let them know you noticed: “It was really nice "
                "having you home tonight.”"
            ),
            heading("And when they have been using?"),
            text(
                "CRAFT pairs rewards with a second step. When your loved one is drinking or high, you step back from "
                "the pleasant things. You do not punish or lecture. You simply go quiet, leave the room, or head out "
                "with a friend. The difference between the two kinds of evening becomes clear without a single "
                "argument."
            ),
        ],
    },
    {
        "slug": "looking-after-yourself",
        "title": "Looking after yourself when you are worn out",
        "intro": "Parents and partners often put their own health last. Caring for yourself is not selfish: it is "
        "what keeps you steady enough to help.",
        "days_ago": 150,
        "authors": ["lena-okafor"],
        "categories": ["CRAFT"],
        "tags": ["self-care", "parents", "stress"],
        "picture": {"time_of_day": "mist", "figures": [(0.3, 0.2)], "light": "sun"},
        "alt": "A lone figure on a misty hillside under a pale sun",
        "caption": "",
        "body": [
            text(
                "When someone you love is struggling with alcohol or drugs, your own needs slide quietly to the "
                "bottom of the list. Sleep gets shorter. Friends hear from you less. Meals happen standing up. "
                "Months can pass like this before you notice how tired you are.",
                "CRAFT treats the wellbeing of the family member as a goal in its own right, not a nice extra. "
                "Families who look after themselves feel better whether or not their loved one changes, and they "
                "make clearer decisions when it matters.",
            ),
            picture(
                "A quiet morning",
                "A soft orange sunrise over green hills",
                "Ten quiet minutes in the morning can set the tone for the day.",
                time_of_day="dawn",
            ),
            heading("Start with the basics"),
            text(
                "Before anything else, check three things. Are you sleeping? Are you eating? Is there one person you "
                "can talk to honestly? If any of these is missing, that is the first thing to fix. It is much harder "
                "to stay calm on four hours' sleep."
            ),
            heading("Take back one thing you used to enjoy"),
            text(
                "Think of something you have dropped in the last year: a choir, a walk with a friend, gardening, a "
                "class. Pick one and put it back on the calendar this week. You may feel guilty doing something nice "
                "while things at home are hard. Do it anyway. Your loved one benefits from seeing you live a full "
                "life."
            ),
            heading("Find people who understand"),
            text(
                "Many families carry this like a secret. Talking with others who have been through the same thing "
                "can be a huge relief. Look for a family support group, online or in person, where you can speak "
                "freely without being judged or told what to do."
            ),
            callout(
                "tip",
                "A small step tonight",
                "<p>Write down one thing you will do for yourself tomorrow, however small, and tell someone about "
                "it.</p>",
            ),
        ],
    },
    {
        "slug": "what-to-say-after-a-relapse",
        "title": "What to say after a relapse",
        "intro": "A return to drinking or drug use after a stretch of recovery is painful for everyone. Your first "
        "words can make the next step easier or harder.",
        "days_ago": 137,
        "updated_days_ago": 20,
        "authors": ["dana-whitfield", "priya-raman"],
        "categories": ["CRAFT"],
        "tags": ["relapse", "recovery", "communication"],
        "picture": {"time_of_day": "dusk", "figures": [(0.48, 0.22)], "light": "sun"},
        "alt": "A single figure on a hill at dusk, the sun low in a violet sky",
        "caption": "",
        "body": [
            text(
                "You had started to relax. Maybe it had been weeks, maybe months. Then the signs came back: the "
                "smell, the missed call, the story that did not add up. It is natural to feel angry, betrayed or "
                "simply crushed.",
                "It helps to know that relapse is common. Many people who reach lasting recovery return to use at "
                "least once along the way. A relapse does not erase the progress that came before it, and it does "
                "not mean that treatment failed.",
            ),
            heading("In the first conversation"),
            text(
                "Wait until they are sober and you are calm. Then keep it short and honest: “I can see you've been "
                "drinking again. I'm disappointed, and I'm also glad you're here. I still believe you can get back "
                "on track.”",
                "Try to avoid “I knew it” or “after everything we've done for you”. Shame tends to push people "
                "further into hiding, and hiding is where relapses grow.",
            ),
            heading("Ask, don't tell"),
            text(
                "Questions invite your loved one to think for themselves: “What was going on before it started?” "
                "“What helped last time?” “Would you be willing to call your counsellor this week?” You might not "
                "get a full answer. That is fine. You have opened a door."
            ),
            callout(
                "note",
                "A note from our clinical reviewer",
                "<p>After a break from opioids, tolerance drops. Using the amount someone used before can cause an "
                "overdose. Keep naloxone at home and make sure everyone knows where it is.</p>",
            ),
            heading("And for you"),
            text(
                "A relapse can bring back all the fear of the worst days. Lean on your own supports, keep up the "
                "routines that help you, and remember that you are allowed to take an evening off from the problem."
            ),
        ],
    },
    {
        "slug": "naloxone-basics",
        "title": "Naloxone basics: what every family should know",
        "intro": "Naloxone can reverse an opioid overdose within minutes. It is simple to use, sold without a "
        "prescription in the US, and worth keeping at home.",
        "days_ago": 121,
        "updated_days_ago": 12,
        "authors": ["priya-raman"],
        "categories": ["CRAFT"],
        "tags": ["naloxone", "overdose", "safety", "opioids"],
        "picture": {"time_of_day": "night", "house": True, "light": "moon"},
        "alt": "A small house at night with one lit window under a full moon",
        "caption": "Keep naloxone where everyone in the house can find it.",
        "body": [
            callout(
                "safety",
                "If someone may be overdosing",
                "<p>Call <b>911</b> now. Give naloxone if you have it, then stay with the person until help "
                "arrives.</p>",
            ),
            text(
                "Naloxone (often known by the brand name Narcan) is a medicine that blocks the effects of opioids "
                "such as heroin, fentanyl, oxycodone and methadone. Given during an overdose, it can restore "
                "breathing within two or three minutes. It does not harm someone who has not taken opioids, so "
                "when in doubt, use it."
            ),
            heading("Signs of an opioid overdose"),
            text(
                "<ul><li>They will not wake up or respond to your voice or a firm rub on the breastbone.</li>"
                "<li>Breathing is very slow, shallow or gurgling, or has stopped.</li>"
                "<li>Lips or fingertips look blue or grey.</li><li>Pupils are very small.</li></ul>"
            ),
            heading("How to give the nasal spray"),
            text(
                "<ol><li>Call 911.</li><li>Lay the person on their back. Peel open the package and hold the spray "
                "with your thumb on the plunger.</li><li>Put the nozzle into one nostril and press the plunger "
                "firmly.</li><li>If they do not respond in two to three minutes, give a second dose in the other "
                "nostril.</li><li>Turn them onto their side and stay with them.</li></ol>",
                "Always follow the instructions printed on the package you have; brands differ slightly.",
            ),
            heading("Why you should still call for help"),
            text(
                "Naloxone can wear off sooner than the opioid, often within 30 to 90 minutes. When it does, the "
                "person can stop breathing again. They need medical care even if they seem fine. Many states have "
                "Good Samaritan laws that protect people who call for help during an overdose; check the rules "
                "where you live."
            ),
            heading("Where to get it"),
            text(
                "In the US, naloxone nasal spray is sold over the counter in most pharmacies, and many health "
                "departments and community programs hand it out for free. Keep it somewhere easy to reach, away "
                "from heat, and tell everyone in the house where it is."
            ),
            resources(
                "Help and information",
                EMERGENCY,
                ("Poison Control", "1-800-222-1222", "https://www.poison.org/", "Free, confidential advice, 24/7."),
                SAMHSA,
            ),
            text(
                "<i>This article is general information, not medical advice. Ask a pharmacist to show you how your "
                "naloxone works.</i>"
            ),
        ],
    },
    {
        "slug": "the-night-i-stopped-waiting-up",
        "title": "The night I stopped waiting up",
        "intro": "Guest blogger Marcus Ellery on the years he spent sitting by the window, and the small change "
        "that gave him his evenings back.",
        "days_ago": 108,
        "authors": ["marcus-ellery"],
        "categories": ["Guest Bloggers", "Family Stories"],
        "tags": ["guest post", "parents", "sleep", "letting go"],
        "picture": {"time_of_day": "night", "house": True, "figures": [(0.3, 0.2)], "light": "moon"},
        "alt": "A figure standing in the dark outside a house with a warm porch light",
        "caption": "",
        "body": [
            text(
                "For three years I knew every sound our street made after midnight. The bus at 12:40. The "
                "neighbour's dog. The particular rattle of my son's car, which meant he was home and, usually, not "
                "sober.",
                "I told myself that waiting up was what a good father did. If I was awake, I could help. I could "
                "check he was breathing. I could have the conversation that would finally make him stop.",
            ),
            quote("I was not keeping him safe. I was keeping myself exhausted.", "Marcus Ellery"),
            heading("What changed"),
            text(
                "At a family group, a woman older than me asked a simple question: “What do you do at 2 a.m. that "
                "you could not do at 7 a.m.?” I did not have an answer. The talks we had at night were the worst "
                "ones we ever had. I was tired and frightened; he was in no state to listen.",
                "So we made a plan. My wife and I would go to bed at eleven. The porch light would stay on. My phone "
                "would stay on loud, next to the bed, for a real emergency. And in the morning, if he was sober, I "
                "would make him breakfast.",
            ),
            picture(
                "The porch light",
                "A small house at night with one warm light by the door",
                "The porch light stayed on. We went to bed.",
                time_of_day="night",
                house=True,
                light="moon",
            ),
            heading("What happened next"),
            text(
                "The first week, I barely slept anyway. By the second, I was sleeping five hours. By the end of the "
                "month I had energy for my students again, and for my daughter, who had been quietly left out of a "
                "lot of our family life.",
                "The breakfasts were awkward at first. Then they were not. Over eggs, without the drama of the night "
                "before, my son started to talk. Not about stopping, not at first. About work, about a girl he "
                "liked, about feeling stuck. It was the first real conversation we had had in years.",
            ),
            DIVIDER,
            text(
                "Going to bed did not fix my son's drinking. Treatment did that, eventually, along with his own hard "
                "work. But it gave me back enough of myself to be useful when he was ready. I wrote about those "
                "years in my book, <i>Porch Light</i>, and this is the chapter I most wanted other parents to read.",
                "<i>Marcus Ellery is a guest blogger. The views here are his own.</i>",
            ),
        ],
    },
    {
        "slug": "podcast-starting-craft-at-the-kitchen-table",
        "title": "Podcast, episode 1: starting CRAFT at the kitchen table",
        "intro": "In our first episode, Lena Okafor and Dana Whitfield talk about what CRAFT is, who it is for, "
        "and the first skill most families try.",
        "days_ago": 95,
        "authors": ["lena-okafor", "dana-whitfield"],
        "categories": ["Podcast", "CRAFT"],
        "tags": ["podcast", "craft basics", "communication"],
        "picture": {"time_of_day": "day", "figures": [(0.4, 0.21), (0.5, 0.21)], "tree": True},
        "alt": "Two figures side by side beside a tree on a sunny green hill",
        "caption": "",
        "body": [
            text(
                "Welcome to the Steady Ground podcast: short conversations for families who love someone who drinks "
                "too much or uses drugs. In this first episode, host Lena Okafor talks with family coach Dana "
                "Whitfield about where to begin."
            ),
            podcast(
                1,
                "Episode 1: Starting CRAFT at the kitchen table (24 minutes)",
                "<p><b>Summary.</b> Lena and Dana explain that CRAFT (Community Reinforcement and Family Training) "
                "teaches families skills instead of waiting for a crisis. They talk about:</p><ul>"
                "<li>why families, not only the person using, deserve support;</li>"
                "<li>noticing the times your loved one is sober, and making them pleasant;</li>"
                "<li>why stepping back is different from giving up;</li>"
                "<li>one thing to try this week: a short, calm “I” statement at a good moment.</li></ul>",
            ),
            heading("In this episode"),
            text(
                "<ul><li>What CRAFT is, in plain words</li><li>Why it looks after the whole family</li>"
                "<li>The first skill to practise: choosing your moment</li></ul>"
            ),
            heading("Try this week"),
            text(
                "Dana's suggestion: pick one calm moment this week, when your loved one is sober, and say one "
                "positive thing about time you spent together. Nothing more. Notice how it lands."
            ),
        ],
    },
    {
        "slug": "boundaries-that-protect-you",
        "title": "Boundaries that protect you without pushing them away",
        "intro": "A boundary is not a threat or a punishment. It is a clear statement of what you will do to keep "
        "yourself and your home safe.",
        "days_ago": 81,
        "authors": ["dana-whitfield"],
        "categories": ["CRAFT"],
        "tags": ["boundaries", "self-care", "communication"],
        "picture": {"time_of_day": "dawn", "house": True, "tree": True},
        "alt": "A house and a tree on a green hill in soft morning light",
        "caption": "",
        "body": [
            text(
                "Families are often told to “set boundaries” but rarely told what that means. Too often a boundary "
                "turns into an ultimatum said in anger: “If you come home drunk one more time, you're out.” Then, "
                "when the moment comes, it is too hard to follow through, and everyone learns that the words did "
                "not mean much."
            ),
            heading("A boundary is about you"),
            text(
                "A good boundary describes your own behaviour, not theirs. You cannot control whether someone "
                "drinks. You can decide what you will do when they do. “I won't ride in the car if you've been "
                "drinking” is a boundary. “You must stop drinking” is a wish."
            ),
            heading("Write it down first"),
            text(
                "Choose one situation that keeps coming up. Write down what you will do, calmly, every time it "
                "happens. Ask yourself honestly whether you can keep to it. A small boundary you keep is far "
                "stronger than a big one you abandon."
            ),
            callout(
                "tip",
                "Three examples",
                "<ul><li>“If you're high, I'll leave the room and we can talk tomorrow.”</li>"
                "<li>“I'm not going to lend money any more. I'm happy to buy groceries together.”</li>"
                "<li>“Nobody drinks or uses in the house. You're always welcome here sober.”</li></ul>",
            ),
            heading("Say it once, kindly"),
            text(
                "Share the boundary at a calm time, in a few words, without a long explanation. Then let your "
                "actions do the talking. You may be tested. Stay steady and kind. Over time, boundaries you keep "
                "make home more predictable for everyone, including the person you are worried about."
            ),
            call_to_action(
                "Pair boundaries with warmth",
                "Boundaries work best alongside sober time that feels good. Read how to reward it.",
                "Read: rewarding sober time",
                page_slug="rewarding-sober-time",
            ),
        ],
    },
    {
        "slug": "talking-to-siblings",
        "title": "Talking with brothers and sisters about a sibling's drinking or drug use",
        "intro": "Siblings notice far more than we think. How to talk with them honestly, at a level that fits "
        "their age, and make sure they get attention too.",
        "days_ago": 67,
        "authors": ["lena-okafor"],
        "categories": ["Family Stories", "CRAFT"],
        "tags": ["siblings", "children", "communication"],
        "picture": {"time_of_day": "day", "figures": [(0.3, 0.22), (0.38, 0.15), (0.45, 0.13)]},
        "alt": "An adult and two children of different heights standing together on a hill",
        "caption": "",
        "body": [
            text(
                "When one child is struggling with alcohol or drugs, the others often become the quiet ones. They "
                "see the arguments, hear the late-night phone calls and feel the tension at dinner. Many decide, "
                "without being asked, that the kindest thing they can do is to need nothing.",
                "I know this from the inside. When my older brother was using, I became very good at being fine. "
                "It took me years to realise how much I had wanted someone to ask how I was.",
            ),
            heading("Tell the truth, simply"),
            text(
                "Children do better with honest, calm information than with secrets. For younger children, "
                "something like “Your brother has an illness that makes it hard for him to stop drinking. It's not "
                "your fault, and grown-ups are helping” is enough. Teenagers can handle more detail and will often "
                "have questions of their own."
            ),
            heading("Three things every sibling needs to hear"),
            text(
                "<ol><li>It is not your fault, and it is not your job to fix it.</li>"
                "<li>You can talk to me about it any time, including when you're angry.</li>"
                "<li>Your life matters too: your games, your friends, your plans.</li></ol>"
            ),
            heading("Protect their time"),
            text(
                "Put something in the calendar that is just for them: a weekly walk, a film, a trip to the library. "
                "Keep it even when things at home are hard. It tells them, more clearly than words, that they are "
                "not an afterthought."
            ),
            quote(
                "Mum started taking me for pancakes on Saturdays. We hardly ever talked about my brother. That was "
                "the point.",
                "A sister, now 24",
            ),
        ],
    },
    {
        "slug": "when-they-refuse-treatment",
        "title": "When they refuse treatment",
        "intro": "“I don't need help” is one of the hardest things to hear. A refusal is rarely the final word. "
        "Here is how to keep the door open.",
        "days_ago": 54,
        "authors": ["priya-raman", "dana-whitfield"],
        "categories": ["CRAFT"],
        "tags": ["treatment", "motivation", "timing"],
        "picture": {"time_of_day": "dusk", "house": True, "figures": [(0.35, 0.21)]},
        "alt": "A figure walking towards a house with a lit window at dusk",
        "caption": "",
        "body": [
            text(
                "You have found a counsellor, read about programs, maybe even booked an appointment. And the answer "
                "is no. Sometimes it is a shrug; sometimes it is a slammed door. Either way, it hurts.",
                "It can help to remember that most people move towards treatment gradually. They go back and forth "
                "for a long time, and today's “no” often becomes a “maybe” months later. CRAFT was developed for "
                "exactly this situation: helping families while their loved one is not ready.",
            ),
            heading("Look for windows of opportunity"),
            text(
                "People are often more open to help just after something has gone wrong: a hangover that made them "
                "miss work, a scare, an argument they regret. These are moments to ask, gently and briefly, not to "
                "lecture. “I've been reading about a counsellor who works with people in your situation. Would you "
                "be willing to meet her once?”"
            ),
            heading("Have the details ready"),
            text(
                "When a window opens, it can close quickly. Do the homework in advance: know which services are "
                "nearby, what they cost, whether they take your insurance and how soon they can see someone. If they "
                "say yes on a Tuesday evening, you want to be able to call on Wednesday morning."
            ),
            call_to_action(
                "Find treatment near you",
                "FindTreatment.gov is a free, confidential US government directory of treatment services.",
                "Search for services",
                url="https://findtreatment.gov/",
            ),
            heading("Keep going with the rest"),
            text(
                "Meanwhile, keep rewarding sober time, keep your boundaries and keep looking after yourself. None of "
                "it is wasted. Families who use these skills tend to feel better themselves, and their loved ones "
                "are more likely to start treatment than after a confrontation."
            ),
            resources("Who to call", SAMHSA, LIFELINE),
        ],
    },
    {
        "slug": "letting-natural-consequences-happen",
        "title": "Letting natural consequences happen",
        "intro": "Shielding someone from the results of their drinking can quietly keep it going. Stepping back, "
        "safely, lets those results do some of the talking.",
        "days_ago": 41,
        "authors": ["dana-whitfield"],
        "categories": ["CRAFT"],
        "tags": ["consequences", "boundaries", "enabling"],
        "picture": {"time_of_day": "mist", "tree": True, "light": ""},
        "alt": "A single tree on a misty hillside",
        "caption": "",
        "body": [
            text(
                "Calling in sick for them. Paying the overdue phone bill. Cleaning up before anyone else wakes. Most "
                "families do these things out of love and to keep the peace. CRAFT invites us to look at them again."
            ),
            heading("Why protecting can backfire"),
            text(
                "When the unpleasant results of drinking or drug use always land on someone else, the person using "
                "may never feel them. The missed morning at work, the angry friend, the mess: if these quietly "
                "disappear, so does one of the strongest reasons to change."
            ),
            heading("Safety first"),
            text(
                "Stepping back never means leaving someone in danger. If there is a risk of overdose, serious "
                "injury, impaired driving or violence, safety always comes first. Natural consequences are about "
                "everyday problems, not emergencies."
            ),
            heading("Start small"),
            text(
                "Pick one thing you usually take care of that is really theirs to deal with. Tell them, calmly and "
                "in advance: “I'm not going to call your boss for you any more.” Then, when the moment comes, don't "
                "rescue, and don't rub it in. A sympathetic “That sounds hard” is enough.",
                "It may feel unkind. It is not. You are treating your loved one as an adult who can face their own "
                "life, and that is a form of respect.",
            ),
        ],
    },
    {
        "slug": "what-my-memoir-left-out",
        "title": "What my memoir left out",
        "intro": "Marcus Ellery returns with a second guest post: the parts of his family's story that did not "
        "fit in a book, and what he would tell his younger self.",
        "days_ago": 30,
        "authors": ["marcus-ellery"],
        "categories": ["Guest Bloggers", "Family Stories"],
        "tags": ["guest post", "recovery", "hope"],
        "picture": {"time_of_day": "dawn", "figures": [(0.45, 0.22), (0.53, 0.21)], "house": True},
        "alt": "Two figures walking towards a house at sunrise",
        "caption": "",
        "body": [
            text(
                "When <i>Porch Light</i> came out, readers wrote to me with kind words and hard questions. The most "
                "common question was some version of “What did you leave out?” The honest answer is: the boring "
                "parts. And the boring parts turned out to matter most."
            ),
            heading("The ordinary days"),
            text(
                "A book needs turning points. Real life has Tuesdays. For every dramatic night I wrote about, there "
                "were dozens of quiet days when my son went to work, came home, ate dinner and watched television "
                "with us. At the time I barely noticed them. I was too busy bracing for the next crisis.",
                "If I could go back, I would pay more attention to those days. I would thank him for dinner. I "
                "would ask about his friends. I would let those evenings be good, instead of treating them as the "
                "calm before a storm.",
            ),
            quote(
                "Recovery was not one big moment. It was a thousand small, ordinary ones that we learned to notice.",
                "Marcus Ellery, author of Porch Light",
            ),
            DIVIDER,
            heading("What I would tell my younger self"),
            text(
                "<ul><li>Go to a family group sooner. You do not have to do this alone.</li>"
                "<li>Your daughter needs you too. Ask her how she is, and listen.</li>"
                "<li>You can love him and still say no.</li>"
                "<li>Sleep. Nothing good gets decided at 2 a.m.</li></ul>",
                "My son has now been in recovery for several years. We still have hard days. We also have a lot of "
                "ordinary ones, and I don't miss a single one of them any more.",
            ),
        ],
    },
    {
        "slug": "podcast-sleep-stress-and-the-worried-parent",
        "title": "Podcast, episode 2: sleep, stress and the worried parent",
        "intro": "Lena Okafor talks with Dr. Priya Raman about why worry wrecks our sleep, and simple ways to rest "
        "when your mind will not switch off.",
        "days_ago": 21,
        "authors": ["lena-okafor", "priya-raman"],
        "categories": ["Podcast"],
        "tags": ["podcast", "self-care", "sleep", "stress"],
        "picture": {"time_of_day": "night", "light": "moon", "tree": True},
        "alt": "A moonlit night sky over dark hills and a single tree",
        "caption": "",
        "body": [
            text(
                "Almost every parent we speak with mentions sleep. Either they cannot fall asleep for worrying, or "
                "they wake at 3 a.m. and lie there running through everything that could go wrong. In this episode, "
                "Dr. Priya Raman explains what is going on and what can help."
            ),
            podcast(
                2,
                "Episode 2: Sleep, stress and the worried parent (19 minutes)",
                "<p><b>Summary.</b> Priya explains that long-lasting worry keeps the body on alert, which makes deep "
                "sleep harder. She suggests:</p><ul><li>getting up at the same time every day, even after a bad "
                "night;</li><li>a “worry window” earlier in the evening to write concerns down;</li><li>keeping the "
                "phone out of reach unless you truly need it for emergencies;</li><li>talking to a doctor if poor "
                "sleep lasts for weeks.</li></ul>",
            ),
            heading("Key points"),
            text(
                "<ul><li>Worry is a normal reaction to a frightening situation, not a personal failing.</li>"
                "<li>A fixed wake-up time helps your body clock more than an early bedtime.</li>"
                "<li>Plans made at night are rarely good plans. Write the thought down and come back to it in "
                "daylight.</li></ul>"
            ),
        ],
    },
    {
        "slug": "making-a-safety-plan",
        "title": "Making a safety plan for the hard nights",
        "intro": "When things escalate it is hard to think clearly. A simple written plan, made on a calm day, "
        "tells you exactly what to do.",
        "days_ago": 11,
        "authors": ["priya-raman"],
        "categories": ["CRAFT"],
        "tags": ["safety", "planning", "crisis"],
        "picture": {"time_of_day": "dusk", "house": True, "tree": True, "light": "moon"},
        "alt": "A house with a lit window and a tree under the moon at dusk",
        "caption": "",
        "body": [
            text(
                "Most of the time, living with someone who drinks or uses drugs means everyday stress. But some "
                "nights are frightening: someone is aggressive, talks about ending their life, or is too intoxicated "
                "to be safe. In those moments your mind may go blank. A plan written in advance does the thinking "
                "for you."
            ),
            heading("What goes in the plan"),
            text(
                "<ul><li><b>Warning signs</b> that things are getting unsafe, in your own words.</li>"
                "<li><b>Where you will go</b>, in the house or outside it, and who comes with you (children, "
                "pets).</li><li><b>Who you will call</b>: a friend or neighbour, and the numbers below.</li>"
                "<li><b>What to keep ready</b>: a charged phone, car keys, a little cash, any medicines.</li></ul>"
            ),
            callout(
                "safety",
                "Call 911 if anyone is in immediate danger",
                "<p>That includes violence or threats, someone who cannot be woken, or anyone who may harm "
                "themselves. If someone is thinking about suicide, you can also call or text <b>988</b>.</p>",
            ),
            heading("Share it"),
            text(
                "Tell one or two trusted people about your plan so they know what you might ask of them. If there "
                "are children in the house, give them a simple version that fits their age: where to go, and who to "
                "call."
            ),
            heading("Review it"),
            text(
                "Look at the plan every few months, or whenever something changes. Many families find that simply "
                "having a plan makes the hard nights a little less frightening."
            ),
            resources(
                "Numbers for your plan",
                EMERGENCY,
                LIFELINE,
                (
                    "National Domestic Violence Hotline",
                    "1-800-799-7233",
                    "https://www.thehotline.org/",
                    "Support and safety planning if someone at home is abusive, 24/7.",
                ),
            ),
        ],
    },
    {
        "slug": "grandparents-in-the-middle",
        "title": "Grandparents in the middle",
        "intro": "When an adult child misuses alcohol or drugs, grandparents often step in to care for the "
        "grandchildren. A family story about love, limits and asking for help.",
        "days_ago": 4,
        "authors": ["lena-okafor"],
        "categories": ["Family Stories"],
        "tags": ["grandparents", "family", "self-care"],
        "picture": {"time_of_day": "day", "figures": [(0.55, 0.21), (0.62, 0.14), (0.68, 0.12)], "tree": True},
        "alt": "A grandparent and two small children standing near a tree on a sunny day",
        "caption": "",
        "body": [
            text(
                "Ruth (not her real name) was sixty-three and newly retired when her daughter's drinking meant the "
                "grandchildren started spending most weekends at her house. Then most weeks. Then, for a while, all "
                "of the time.",
                "“I wouldn't change it,” she told us. “But nobody warns you how tired you'll be, or how torn. I was "
                "angry with my daughter and desperate to help her at the same time. And I had two little ones "
                "asking when Mommy was coming.”",
            ),
            heading("Caught between two roles"),
            text(
                "Grandparents in this position are parents twice over: to the adult child who is struggling and to "
                "the children who need stability. The two roles can pull in opposite directions. Ruth found it "
                "helped to keep them apart: steady and predictable for the children, and using CRAFT skills, like "
                "rewarding sober visits, with her daughter."
            ),
            heading("What helped Ruth"),
            text(
                "<ul><li>A simple routine for the children that did not change with their mother's moods.</li>"
                "<li>Being honest with them, in words they could understand.</li>"
                "<li>Visits with her daughter planned for sober times, in the afternoon, with something enjoyable "
                "to do together.</li><li>Asking for help: a neighbour who did the school run twice a week, and a "
                "grandparents' support group.</li></ul>"
            ),
            quote("I stopped trying to be the hero of the story. I just tried to be the calm in it.", "Ruth"),
            text(
                "Today Ruth's daughter is in treatment and sees the children several times a week. Ruth still has "
                "them on Fridays. “That's our day,” she says. “Pizza and a film. It's the best day of my week.”"
            ),
        ],
    },
]
