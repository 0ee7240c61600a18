"""Every sentence the engine says to a handbook's editor, in Swedish and English.

Messages are written for a communicator, not a programmer: say what is wrong
and what to do about it. Keys are stable; the wording may change.
"""

from __future__ import annotations

CATALOGUE: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ reading YAML
    "yaml-too-large": {
        "sv": "filen är för stor ({size} kB, högst {limit} kB) – dela upp den eller korta texterna",
        "en": "the file is too large ({size} kB, at most {limit} kB) – split it or shorten the texts",
    },
    "yaml-not-utf8": {
        "sv": "filen är inte sparad som UTF-8 (tecknet här går inte att läsa) – spara om filen med teckenkodningen UTF-8",
        "en": "the file is not saved as UTF-8 (the character here cannot be read) – save it again with the UTF-8 encoding",
    },
    "yaml-empty": {
        "sv": "filen är tom – fyll i den eller ta bort den",
        "en": "the file is empty – fill it in or remove it",
    },
    "yaml-tab": {
        "sv": "tabbtecken är inte tillåtna i YAML – använd mellanslag för indrag",
        "en": "tab characters are not allowed in YAML – indent with spaces",
    },
    "yaml-alias": {
        "sv": "hänvisningar med * (alias \"{name}\") används inte i handboken – skriv ut texten där den behövs",
        "en": "references with * (alias \"{name}\") are not used in the handbook – write the text out where it is needed",
    },
    "yaml-anchor": {
        "sv": "ankare med & (\"{name}\") används inte i handboken – ta bort &{name}",
        "en": "anchors with & (\"{name}\") are not used in the handbook – remove &{name}",
    },
    "yaml-tag": {
        "sv": "typmärkningar som {tag} är inte tillåtna – skriv värdet utan märkning (sätt citattecken runt text)",
        "en": "type tags like {tag} are not allowed – write the value without a tag (quote text)",
    },
    "yaml-too-deep": {
        "sv": "för många nivåer av indrag (högst {limit}) – kontrollera indragen",
        "en": "too many levels of nesting (at most {limit}) – check the indentation",
    },
    "yaml-several-documents": {
        "sv": "filen innehåller mer än ett dokument (---) – ha bara ett per fil",
        "en": "the file holds more than one document (---) – keep one per file",
    },
    "yaml-bad-character": {
        "sv": "otillåtet tecken ({code}) – ta bort det",
        "en": "a character that is not allowed ({code}) – remove it",
    },
    "yaml-syntax": {
        "sv": "YAML-filen går inte att läsa här ({detail}) – kontrollera indrag, kolon och citattecken",
        "en": "the YAML cannot be read here ({detail}) – check indentation, colons and quotes",
    },
    "yaml-syntax-quote": {
        "sv": "ett citattecken som börjar här stängs aldrig – avsluta texten med samma citattecken ({detail})",
        "en": "a quote that starts here is never closed – end the text with the same quote ({detail})",
    },
    "yaml-syntax-colon": {
        "sv": "ett kolon står där det inte får stå – sätt citattecken runt en text som innehåller \": \" ({detail})",
        "en": "a colon stands where it is not allowed – quote a text that contains \": \" ({detail})",
    },
    "yaml-syntax-missing-colon": {
        "sv": "ett kolon (:) saknas efter nyckeln, eller så stängs inte en lista [ ] – kontrollera raden ({detail})",
        "en": "a colon (:) is missing after the key, or a list [ ] is not closed – check the line ({detail})",
    },
    "yaml-syntax-indent": {
        "sv": "indraget stämmer inte – rader på samma nivå ska börja i samma kolumn ({detail})",
        "en": "the indentation does not line up – lines on the same level must start in the same column ({detail})",
    },
    "yaml-syntax-character": {
        "sv": "ett värde kan inte börja med det här tecknet – sätt citattecken runt texten ({detail})",
        "en": "a value cannot start with this character – quote the text ({detail})",
    },
    "yaml-complex-key": {
        "sv": "en nyckel måste vara ett enkelt ord, inte en lista eller mappning",
        "en": "a key must be a plain word, not a list or mapping",
    },
    "yaml-merge-key": {
        "sv": "sammanslagning med << används inte i handboken – skriv ut nycklarna",
        "en": "merging with << is not used in the handbook – write the keys out",
    },
    "yaml-duplicate-key": {
        "sv": "nyckeln \"{key}\" finns redan på rad {first} – ta bort den ena",
        "en": "the key \"{key}\" is already on line {first} – remove one of them",
    },
    "file-missing": {
        "sv": "filen saknas – handboken behöver {name}",
        "en": "the file is missing – the handbook needs {name}",
    },
    "file-wrong-extension": {
        "sv": "filen heter {name} – döp om den till {expected} så att den kommer med",
        "en": "the file is named {name} – rename it to {expected} so that it is included",
    },
    "file-bad-id": {
        "sv": "filnamnet \"{name}\" är inget giltigt id – använd bara små bokstäver a–z, siffror och bindestreck",
        "en": "the file name \"{name}\" is not a valid id – use only lowercase letters a–z, digits and hyphens",
    },
    # ------------------------------------------------------------------ shape (schema)
    "schema-root-mapping": {
        "sv": "filen ska börja med nyckeln \"{key}:\" följd av en lista",
        "en": "the file should start with the key \"{key}:\" followed by a list",
    },
    "schema-root-object": {
        "sv": "filen ska innehålla nycklar och värden (nyckel: värde), inte {found}",
        "en": "the file should hold keys and values (key: value), not {found}",
    },
    "schema-missing": {
        "sv": "{entity} saknar \"{field}\" – {hint}",
        "en": "{entity} is missing \"{field}\" – {hint}",
    },
    "schema-unknown-key": {
        "sv": "okänd nyckel \"{key}\" i {entity}{suggestion} – tillåtna nycklar: {allowed}",
        "en": "unknown key \"{key}\" in {entity}{suggestion} – allowed keys: {allowed}",
    },
    "suggestion": {"sv": " – menade du \"{match}\"?", "en": " – did you mean \"{match}\"?"},
    "schema-not-text": {
        "sv": "\"{field}\" i {entity} ska vara text, inte {found}",
        "en": "\"{field}\" in {entity} should be text, not {found}",
    },
    "schema-empty": {
        "sv": "\"{field}\" i {entity} är tom – skriv en text eller ta bort raden",
        "en": "\"{field}\" in {entity} is empty – write a text or remove the line",
    },
    "schema-bad-id": {
        "sv": "\"{value}\" ({field} i {entity}) är inget giltigt id – använd bara små bokstäver a–z, siffror och bindestreck, t.ex. \"kommunchef\"",
        "en": "\"{value}\" ({field} in {entity}) is not a valid id – use only lowercase letters a–z, digits and hyphens, e.g. \"mayor\"",
    },
    "schema-bad-placeholder-name": {
        "sv": "platshållaren \"{value}\" i {entity} har ett ogiltigt namn – börja med en liten bokstav och använd bara a–z, siffror och _",
        "en": "the placeholder \"{value}\" in {entity} has an invalid name – start with a lowercase letter and use only a–z, digits and _",
    },
    "schema-bad-url": {
        "sv": "\"{value}\" är ingen webbadress – den ska börja med https://",
        "en": "\"{value}\" is not a web address – it should start with https://",
    },
    "schema-not-list": {
        "sv": "\"{field}\" i {entity} ska vara en lista – skriv varje punkt på en egen rad som börjar med \"- \"",
        "en": "\"{field}\" in {entity} should be a list – write each item on its own line starting with \"- \"",
    },
    "schema-empty-list": {
        "sv": "\"{field}\" i {entity} får inte vara tom – ange minst en",
        "en": "\"{field}\" in {entity} must not be empty – give at least one",
    },
    "schema-not-mapping": {
        "sv": "\"{field}\" i {entity} ska innehålla nycklar och värden (nyckel: värde), inte {found}",
        "en": "\"{field}\" in {entity} should hold keys and values (key: value), not {found}",
    },
    "schema-choice": {
        "sv": "\"{field}\" i {entity} kan inte vara \"{value}\" – välj ett av: {expected}",
        "en": "\"{field}\" in {entity} cannot be \"{value}\" – choose one of: {expected}",
    },
    "schema-integer": {
        "sv": "\"{field}\" i {entity} ska vara ett heltal, t.ex. 160 (fick \"{value}\")",
        "en": "\"{field}\" in {entity} should be a whole number, e.g. 160 (got \"{value}\")",
    },
    "schema-too-small": {
        "sv": "\"{field}\" i {entity} ska vara minst {limit}",
        "en": "\"{field}\" in {entity} should be at least {limit}",
    },
    "schema-too-large": {
        "sv": "\"{field}\" i {entity} får vara högst {limit}",
        "en": "\"{field}\" in {entity} should be at most {limit}",
    },
    "schema-date": {
        "sv": "\"{field}\" i {entity} ska vara ett datum som finns, skrivet ÅÅÅÅ-MM-DD, t.ex. 2026-05-04 (fick \"{value}\")",
        "en": "\"{field}\" in {entity} should be a real date written YYYY-MM-DD, e.g. 2026-05-04 (got \"{value}\")",
    },
    "schema-other": {
        "sv": "\"{field}\" i {entity} har ett ogiltigt värde ({detail})",
        "en": "\"{field}\" in {entity} has an invalid value ({detail})",
    },
    "found-list": {"sv": "en lista", "en": "a list"},
    "found-mapping": {"sv": "nycklar och värden", "en": "keys and values"},
    "found-empty": {"sv": "ett tomt värde", "en": "an empty value"},
    "found-text": {"sv": "text", "en": "text"},
    # ------------------------------------------------------------------ entity names
    "entity-handbook": {"sv": "handboken (handbook.yaml)", "en": "the handbook (handbook.yaml)"},
    "entity-role": {"sv": "rollen \"{id}\"", "en": "role \"{id}\""},
    "entity-audience": {"sv": "målgruppen \"{id}\"", "en": "audience \"{id}\""},
    "entity-channel": {"sv": "kanalen \"{id}\"", "en": "channel \"{id}\""},
    "entity-level": {"sv": "nivån \"{id}\"", "en": "level \"{id}\""},
    "entity-scenario": {"sv": "scenariot \"{id}\"", "en": "scenario \"{id}\""},
    "entity-template": {"sv": "mallen \"{id}\"", "en": "template \"{id}\""},
    "entity-checklist": {"sv": "checklistan \"{id}\"", "en": "checklist \"{id}\""},
    "entity-contact": {"sv": "kontakten \"{id}\"", "en": "contact \"{id}\""},
    "entity-nth": {"sv": "{kind} nr {number}", "en": "{kind} no. {number}"},
    "kind-role": {"sv": "roll", "en": "role"},
    "kind-audience": {"sv": "målgrupp", "en": "audience"},
    "kind-channel": {"sv": "kanal", "en": "channel"},
    "kind-level": {"sv": "nivå", "en": "level"},
    "kind-scenario": {"sv": "scenario", "en": "scenario"},
    "kind-template": {"sv": "mall", "en": "template"},
    "kind-checklist": {"sv": "checklista", "en": "checklist"},
    "kind-contact": {"sv": "kontakt", "en": "contact"},
    "plural-role": {"sv": "rollerna", "en": "the roles"},
    "plural-audience": {"sv": "målgrupperna", "en": "the audiences"},
    "plural-channel": {"sv": "kanalerna", "en": "the channels"},
    "plural-level": {"sv": "nivåerna", "en": "the levels"},
    "plural-scenario": {"sv": "scenarierna", "en": "the scenarios"},
    "plural-template": {"sv": "mallarna", "en": "the templates"},
    "plural-checklist": {"sv": "checklistorna", "en": "the checklists"},
    # ------------------------------------------------------------------ rules
    "unique-id": {
        "sv": "id \"{id}\" används redan av en annan {kind} (rad {first}) – varje id måste vara unikt",
        "en": "the id \"{id}\" is already used by another {kind} (line {first}) – every id must be unique",
    },
    "unknown-reference": {
        "sv": "{entity}: \"{field}\" pekar på \"{value}\", som inte finns bland {plural}{suggestion}",
        "en": "{entity}: \"{field}\" points to \"{value}\", which is not among {plural}{suggestion}",
    },
    "role-deputy-self": {
        "sv": "rollen \"{id}\" har sig själv som ersättare (deputy) – ange en annan roll som tar över",
        "en": "role \"{id}\" is its own deputy – name another role that takes over",
    },
    "role-uncovered": {
        "sv": "rollen \"{id}\" har ingen checklista – gör den till ägare (owner) av en checklista eller ange den som role på en punkt",
        "en": "role \"{id}\" has no checklist – make it the owner of a checklist or name it as the role of an item",
    },
    "channel-backup-is-owner": {
        "sv": "kanalen \"{id}\" har samma roll som ägare och ersättare (backup) – ange en annan roll som ersättare",
        "en": "channel \"{id}\" has the same role as owner and backup – name another role as backup",
    },
    "channel-unused": {
        "sv": "kanalen \"{id}\" används inte av någon mall – lägg till den under channels i minst en mall",
        "en": "channel \"{id}\" is not used by any template – add it to the channels of at least one template",
    },
    "channel-fallback-self": {
        "sv": "kanalen \"{id}\" har sig själv som reserv (fallback) – ange en annan kanal",
        "en": "channel \"{id}\" is its own fallback – name another channel",
    },
    "audience-unreached": {
        "sv": "målgruppen \"{id}\" nås inte av någon kanal – lägg till den under audiences i minst en kanal",
        "en": "audience \"{id}\" is not reached by any channel – add it to the audiences of at least one channel",
    },
    "audience-unaddressed": {
        "sv": "målgruppen \"{id}\" har ingen mall riktad till sig – lägg till den under audiences i minst en mall",
        "en": "audience \"{id}\" is not addressed by any template – add it to the audiences of at least one template",
    },
    "scenario-no-checklist": {
        "sv": "scenariot \"{id}\" har ingen checklista – lägg till \"{id}\" under scenarios i en checklista (eller ta bort scenarios där så att den gäller alla)",
        "en": "scenario \"{id}\" has no checklist – add \"{id}\" to the scenarios of a checklist (or remove scenarios there so that it applies to all)",
    },
    "scenario-channel-no-template": {
        "sv": "scenariot \"{id}\" använder kanalen \"{channel}\" men ingen mall för scenariot går ut i den – lägg till en mall eller ta bort kanalen här",
        "en": "scenario \"{id}\" uses channel \"{channel}\" but no template for the scenario goes out in it – add a template or remove the channel here",
    },
    "scenario-audience-no-template": {
        "sv": "scenariot \"{id}\" berör målgruppen \"{audience}\" men ingen mall för scenariot vänder sig till den – lägg till en mall eller ta bort målgruppen här",
        "en": "scenario \"{id}\" concerns audience \"{audience}\" but no template for the scenario addresses it – add a template or remove the audience here",
    },
    "placeholder-undeclared": {
        "sv": "mallen \"{id}\" använder {{{name}}} men den finns inte under placeholders – lägg till den med description och example",
        "en": "template \"{id}\" uses {{{name}}} but it is not declared under placeholders – add it with a description and an example",
    },
    "placeholder-unused": {
        "sv": "platshållaren \"{name}\" i mallen \"{id}\" används inte i texten (body) – använd den som {{{name}}} eller ta bort den",
        "en": "the placeholder \"{name}\" of template \"{id}\" is not used in the body – use it as {{{name}}} or remove it",
    },
    "placeholder-invalid": {
        "sv": "\"{found}\" i mallen \"{id}\" är ingen giltig platshållare – skriv {{namn}} med små bokstäver a–z, siffror och _, och inga andra klammerparenteser",
        "en": "\"{found}\" in template \"{id}\" is not a valid placeholder – write {{name}} with lowercase letters a–z, digits and _, and no other curly braces",
    },
    "placeholder-example-too-long": {
        "sv": "exemplet för \"{name}\" i mallen \"{id}\" har {length} tecken men max_length är {limit} – korta exemplet",
        "en": "the example for \"{name}\" in template \"{id}\" has {length} characters but max_length is {limit} – shorten the example",
    },
    "message-too-long": {
        "sv": "mallen \"{id}\" blir för lång för kanalen \"{channel}\": {length} av högst {limit} {unit} med exemplen ifyllda – korta texten",
        "en": "template \"{id}\" is too long for channel \"{channel}\": {length} of at most {limit} {unit} with the examples filled in – shorten the text",
    },
    "unit-characters": {"sv": "tecken", "en": "characters"},
    "unit-GSM-7": {"sv": "GSM-7-tecken", "en": "GSM-7 characters"},
    "unit-UCS-2": {
        "sv": "tecken (texten har tecken utanför GSM-7, t.ex. emoji, så ett sms rymmer bara 70)",
        "en": "characters (the text has characters outside GSM-7, such as emoji, so one SMS holds only 70)",
    },
    "unsafe-html": {
        "sv": "HTML är inte tillåtet i texten (\"{found}\") – skriv vanlig text; använd *kursiv* eller **fetstil** för betoning",
        "en": "HTML is not allowed in the text (\"{found}\") – write plain text; use *italics* or **bold** for emphasis",
    },
    "unsafe-attribute-block": {
        "sv": "attributblock som \"{found}\" är inte tillåtna i texten – ta bort dem",
        "en": "attribute blocks like \"{found}\" are not allowed in the text – remove them",
    },
    "unsafe-link-scheme": {
        "sv": "länken \"{found}\" är inte tillåten – länkar ska börja med https:, mailto: eller tel:",
        "en": "the link \"{found}\" is not allowed – links must start with https:, mailto: or tel:",
    },
    "review-stale": {
        "sv": "{entity} granskades senast {date}, för mer än {months} månader sedan – läs igenom och uppdatera reviewed",
        "en": "{entity} was last reviewed on {date}, more than {months} months ago – read it through and update reviewed",
    },
    "review-future": {
        "sv": "{entity} har granskningsdatumet {date}, som ligger i framtiden – rätta datumet",
        "en": "{entity} has the review date {date}, which is in the future – correct the date",
    },
    "readability-hard": {
        "sv": "mallen \"{id}\" är svårläst (LIX {lix}, bör vara högst {limit}) – skriv kortare meningar och enklare ord",
        "en": "template \"{id}\" is hard to read (LIX {lix}, should be at most {limit}) – write shorter sentences and simpler words",
    },
    "contacts-phone-not-text": {
        "sv": "telefonnumret måste stå inom citattecken, t.ex. phone: \"070-174 06 05\" – annars kan det läsas som ett tal",
        "en": "the phone number must be quoted, e.g. phone: \"070-174 06 05\" – otherwise it may be read as a number",
    },
    # ------------------------------------------------------------------ the command line
    "cli-no-data-dir": {
        "sv": "mappen {path} finns inte – ange mappen med handbokens YAML-filer",
        "en": "the folder {path} does not exist – give the folder with the handbook's YAML files",
    },
    "cli-summary-ok": {
        "sv": "{path}: handboken är giltig ({warnings} varningar)",
        "en": "{path}: the handbook is valid ({warnings} warnings)",
    },
    "cli-summary-errors": {
        "sv": "{path}: {errors} fel och {warnings} varningar – rätta felen ovan",
        "en": "{path}: {errors} errors and {warnings} warnings – fix the errors above",
    },
    "cli-internal-error": {
        "sv": "internt fel i Krishandbok ({detail}) – det är inte ditt fel; rapportera det till den som sköter verktyget",
        "en": "internal error in Krishandbok ({detail}) – this is not your fault; report it to whoever maintains the tool",
    },
}


def say(language: str, message_key: str, /, **params: object) -> str:
    """The message `key` in `language` (Swedish when the language is unknown)."""
    texts = CATALOGUE[message_key]
    return texts.get(language, texts["sv"]).format(**params)
