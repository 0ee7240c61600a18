"""The words of the exercise kit in the handbook's language (Swedish and English).

Swedish output uses MSB's exercise vocabulary: övningsledare, spelledning, motspel,
inspel, reservinspel, utvärderingsledare, seminarieövning, simuleringsövning,
erfarenhetsåterföring.
"""

from __future__ import annotations

WORDS: dict[str, dict[str, object]] = {
    "sv": {
        "format-simulation": "simuleringsövning",
        "format-seminar": "seminarieövning",
        "id-simulation": "simulering",
        "id-seminar": "seminarium",
        "purpose": "Öva kommunikationen i scenariot {scenario}: de första åtgärderna, första beskedet och "
                   "frågorna som kommer i kanalerna, med motspel från målgrupperna och medierna.",
        "duration": "{minutes} min",
        "goal-action": "{role}: {text}",
        "goal-within": " (inom {within})",
        "goal-first-message": "Första beskedet, \"{title}\", är publicerat i {channels}{within}.",
        "goal-checklist": "Checklistan \"{title}\" är genomförd.",
        "goal-duty": "{role}: {text}",
        "world": "Omvärlden (motspel)",
        "control": "Spelledningen",
        "press": "Reporter, lokalradion",
        "sign-expect": "Bekräfta uppgiften, larma enligt nivån {level} och börja med de första åtgärderna.",
        "task-text": "Uppdrag från {lead}: {task}",
        "task-expect": "{task}",
        "task-expect-checklist": "{task} Följ checklistan \"{checklist}\".",
        "question-texts": [
            "Jag har hört om {topic}. Vad har hänt, och berör det oss?",
            "Vad ska vi göra nu? Ingen har sagt något till oss om {topic}.",
            "När får vi veta mer om {topic}? Var hittar jag information?",
            "Stämmer det som sägs om {topic}? Vem kan jag fråga?",
        ],
        "question-expect": "Svara i {channel} ({time}) och hänvisa till det som redan är publicerat.",
        "question-expect-template": "Svara i {channel} ({time}) med stöd av mallen \"{template}\".",
        "no-time": "enligt kanalens takt",
        "storm-1": "Ett par inlägg: \"Vet kommunen om {topic}? Varför säger ingen något?\"",
        "storm-1-expect": "Svara sakligt och hänvisa till första beskedet; bevaka kanalen.",
        "storm-2": "Under tio minuter kommer {count} nya kommentarer och delningar om {topic}, flera arga och "
                   "några med frågor som inte har besvarats.",
        "storm-2-expect": "Prioritera frågorna, svara med ett samlat inlägg, förstärk bemanningen och "
                          "eskalera till {escalate} det som går utöver kanalens mandat.",
        "storm-3": "Ett konto med många följare skriver: \"Kommunen har vetat om {topic} i veckor och mörkar. "
                   "Dela innan det raderas!\"",
        "storm-3-expect": "Rätta den felaktiga uppgiften en gång, sakligt och med fakta; moderera bara enligt "
                          "kanalens publicerade regler.",
        "storm-1-other": "Ett par meddelanden: \"Vet kommunen om {topic}? Varför säger ingen något?\"",
        "storm-2-other": "Under tio minuter kommer {count} samtal och meddelanden om {topic}, flera arga och "
                         "några med frågor som inte har besvarats.",
        "storm-3-other": "Ett rykte sprids snabbt: \"Kommunen har vetat om {topic} i veckor och mörkar.\"",
        "storm-persona": "Konto som sprider påståendet",
        "press-text": "Hej, jag ringer från lokalradion. Vi har uppgifter om {topic}. Kan någon ställa upp på "
                      "en intervju inom en halvtimme?",
        "press-expect": "Bekräfta det ni vet, utse en talesperson och ge en tid för intervjun.",
        "call-text": "Jag ringer för att jag är orolig för {topic}. Vad gäller för mig, och vem hjälper mig?",
        "call-expect": "Svara enligt kontaktcentrets manus, notera frågan och för vidare det som behöver "
                       "beslut.",
        "sitrep-from": "Spelledningen (samverkan)",
        "sitrep-text": "Skicka en lägesbild inom 30 minuter: läge, åtgärder, behov och prognos, med "
                       "kommunikationsläget.",
        "sitrep-expect": "Lägesbilden skickas och säger vad som är publicerat, i vilka kanaler, vilka frågor "
                         "och rykten som kommer och när nästa uppdatering sker.",
        "reserve-1": "Det har gått en stund utan nytt besked. \"Varför säger ni ingenting om {topic}?\"",
        "reserve-1-expect": "Publicera en uppdatering, även om inget nytt har hänt, och säg när nästa kommer.",
        "reserve-2": "En medarbetare frågar: \"Vad får jag säga till dem som frågar mig om {topic}?\"",
        "reserve-2-expect": "Ge medarbetarna samma budskap som allmänheten, och var de hittar det.",
        "persona-name": "{first}, {audience}",
        "first-names": ["Anna", "Erik", "Fatima", "Johan", "Maria", "Ali", "Karin", "Lars", "Sara",
                        "Mohammed", "Elin", "Per", "Leila", "Oskar"],
        "comment-header": "Utkast till övning, skrivet av \"krishandbok exercise draft\" ({format}, frö {seed}).\n"
                          "Läs igenom, skriv om texterna så att de passar er och ta bort det som inte behövs.",
        "comment-goals": "Mål: från scenariots första åtgärder och första besked (tests: vad i handboken målet övar).",
        "comment-personas": "Röster i motspelet, hämtade från scenariots målgrupper.",
        "comment-injects": "Inspel i tidsordning. reserve: true är ett reservinspel för när spelet stannar av.",
        "comment-questions": "Diskussionsfrågor för seminariet, i ordning.",
        "tag-sign": "tecken på händelsen",
        "tag-task": "sätter en deltagare i arbete",
        "tag-question": "fråga från en målgrupp",
        "tag-storm-1": "drev, fas 1: några få inlägg",
        "tag-storm-2": "drev, fas 2: många inlägg",
        "tag-storm-3": "drev, fas 3: ett falskt påstående att rätta",
        "tag-press": "fråga från medierna",
        "tag-call": "samtal till kontaktcentret",
        "tag-sitrep": "begäran om lägesbild",
        "tag-reserve": "reservinspel",
        "questions": {
            "who-what-whom": "Vem säger vad till vem, och när, i scenariot {scenario}? Går vi ut proaktivt "
                             "eller svarar vi reaktivt, och vem beslutar det?",
            "channels": "Genom vilka kanaler når vi {audiences}? Vad gör vi om {channel} inte fungerar?",
            "effect": "Vilken effekt vill vi uppnå hos målgrupperna, och hur vet vi att vi har nått den?",
            "staffing": "Hur bemannar vi kanalerna och kontaktcentret under det första dygnet, och vem "
                        "ersätter vem vid skiftbyte?",
            "internal": "Hur får medarbetarna veta vad som gäller (uppifrån och ner), och hur fångar vi det "
                        "de hör och ser (nerifrån och upp)?",
            "tone": "Vilken ton använder vi, och hur svarar vi på kritik, ilska och felaktiga påståenden?",
            "cadence": "Hur ofta uppdaterar vi, och säger vi alltid när nästa besked kommer?",
            "mandate": "Vem har mandat att besluta vad, och när eskalerar vi till {lead} eller högre nivå?",
        },
    },
    "en": {
        "format-simulation": "simulation exercise",
        "format-seminar": "discussion exercise",
        "id-simulation": "simulation",
        "id-seminar": "seminar",
        "purpose": "Practise the communication in the scenario {scenario}: the first actions, the first "
                   "message and the questions that arrive in the channels, with counter-play from the "
                   "audiences and the media.",
        "duration": "{minutes} min",
        "goal-action": "{role}: {text}",
        "goal-within": " (within {within})",
        "goal-first-message": "The first message, \"{title}\", is published on {channels}{within}.",
        "goal-checklist": "The checklist \"{title}\" is worked through.",
        "goal-duty": "{role}: {text}",
        "world": "The outside world (counter-play)",
        "control": "Exercise control",
        "press": "Reporter, local radio",
        "sign-expect": "Confirm the report, alert according to the level {level} and start the first actions.",
        "task-text": "A task from {lead}: {task}",
        "task-expect": "{task}",
        "task-expect-checklist": "{task} Follow the checklist \"{checklist}\".",
        "question-texts": [
            "I have heard about {topic}. What has happened, and does it affect us?",
            "What should we do now? Nobody has told us anything about {topic}.",
            "When will we hear more about {topic}? Where can I find information?",
            "Is it true what people say about {topic}? Whom can I ask?",
        ],
        "question-expect": "Answer on {channel} ({time}) and refer to what is already published.",
        "question-expect-template": "Answer on {channel} ({time}) with the template \"{template}\".",
        "no-time": "at the channel's cadence",
        "storm-1": "A couple of posts: \"Does the council know about {topic}? Why is nobody saying anything?\"",
        "storm-1-expect": "Answer factually and refer to the first message; keep watching the channel.",
        "storm-2": "Within ten minutes {count} new comments and shares about {topic} arrive, several angry "
                   "and some with questions nobody has answered.",
        "storm-2-expect": "Prioritise the questions, answer with one collected post, add staff and escalate "
                          "to {escalate} what goes beyond the channel's mandate.",
        "storm-3": "An account with many followers writes: \"The council has known about {topic} for weeks and "
                   "is hiding it. Share before it is deleted!\"",
        "storm-3-expect": "Correct the false claim once, factually and with the facts; moderate only by the "
                          "channel's published rules.",
        "storm-1-other": "A couple of messages: \"Does the council know about {topic}? Why is nobody saying "
                         "anything?\"",
        "storm-2-other": "Within ten minutes {count} calls and messages about {topic} arrive, several angry and "
                         "some with questions nobody has answered.",
        "storm-3-other": "A rumour spreads fast: \"The council has known about {topic} for weeks and is hiding it.\"",
        "storm-persona": "Account spreading the claim",
        "press-text": "Hello, I am calling from the local radio. We hear about {topic}. Can someone give an "
                      "interview within half an hour?",
        "press-expect": "Confirm what you know, name a spokesperson and give a time for the interview.",
        "call-text": "I am calling because I am worried about {topic}. What applies to me, and who can help me?",
        "call-expect": "Answer from the contact centre's script, note the question and pass on what needs a "
                       "decision.",
        "sitrep-from": "Exercise control (partners)",
        "sitrep-text": "Send a situation report within 30 minutes: situation, actions, needs and outlook, "
                       "with the state of communication.",
        "sitrep-expect": "The report is sent and says what is published, on which channels, which questions "
                         "and rumours arrive and when the next update comes.",
        "reserve-1": "A while has passed without news. \"Why are you not saying anything about {topic}?\"",
        "reserve-1-expect": "Publish an update, even if nothing new has happened, and say when the next one comes.",
        "reserve-2": "A member of staff asks: \"What may I tell people who ask me about {topic}?\"",
        "reserve-2-expect": "Give staff the same messages as the public, and where to find them.",
        "persona-name": "{first}, {audience}",
        "first-names": ["Sam", "Alex", "Priya", "Tom", "Grace", "Omar", "Lucy", "Dan", "Maya", "Ben",
                        "Aisha", "Jack", "Nina", "Leo"],
        "comment-header": "Draft exercise written by \"krishandbok exercise draft\" ({format}, seed {seed}).\n"
                          "Read it through, rewrite the texts to fit and remove what is not needed.",
        "comment-goals": "Goals: from the scenario's first actions and first message (tests: what in the "
                         "handbook each goal exercises).",
        "comment-personas": "Voices of the counter-play, drawn from the scenario's audiences.",
        "comment-injects": "Injects in time order. reserve: true marks a contingency inject for when play stalls.",
        "comment-questions": "Discussion questions for the seminar, in order.",
        "tag-sign": "a sign of the event",
        "tag-task": "puts a participant to work",
        "tag-question": "a question from an audience",
        "tag-storm-1": "storm, phase 1: a few posts",
        "tag-storm-2": "storm, phase 2: many posts",
        "tag-storm-3": "storm, phase 3: a false claim to correct",
        "tag-press": "a question from the media",
        "tag-call": "a call to the contact centre",
        "tag-sitrep": "a situation-report request",
        "tag-reserve": "contingency inject",
        "questions": {
            "who-what-whom": "Who says what to whom, and when, in the scenario {scenario}? Do we speak first "
                             "(proactively) or answer (reactively), and who decides?",
            "channels": "Through which channels do we reach {audiences}? What do we do if {channel} is down?",
            "effect": "What effect do we want on the audiences, and how do we know we have reached it?",
            "staffing": "How do we staff the channels and the contact centre in the first 24 hours, and who "
                        "takes over from whom at a shift change?",
            "internal": "How do staff learn what applies (top-down), and how do we capture what they hear "
                        "and see (bottom-up)?",
            "tone": "What tone do we use, and how do we answer criticism, anger and false claims?",
            "cadence": "How often do we update, and do we always say when the next update comes?",
            "mandate": "Who has the mandate to decide what, and when do we escalate to {lead} or higher?",
        },
    },
}
# The strategy questions every seminar covers, in the order they are asked.
STRATEGY_TOPICS = ("who-what-whom", "channels", "effect", "staffing", "internal", "tone", "cadence", "mandate")


def words(language: str) -> dict[str, object]:
    return WORDS.get(language, WORDS["sv"])
