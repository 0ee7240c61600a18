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
    "yaml-control-character": {
        "sv": "ett styrtecken ({code}) står i värdet – ta bort det (det kan skriva över terminalen för den som läser)",
        "en": "a control character ({code}) is in the value – remove it (it can rewrite the terminal of whoever reads it)",
    },
    "yaml-text-too-long": {
        "sv": "texten är för lång ({length} tecken, högst {limit}) – korta den eller dela upp den",
        "en": "the text is too long ({length} characters, at most {limit}) – shorten it or split it up",
    },
    "yaml-too-many-items": {
        "sv": "listan har för många punkter ({count}, högst {limit}) – dela upp den",
        "en": "the list has too many items ({count}, at most {limit}) – split it up",
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
    "file-subfolder": {
        "sv": "mappen {folder}/{name} läses inte – lägg filerna direkt i {folder}/",
        "en": "the folder {folder}/{name} is not read – put the files directly in {folder}/",
    },
    "file-bad-id": {
        "sv": "filnamnet \"{name}\" är inget giltigt id – använd bara små bokstäver a–z, siffror och bindestreck, högst 64 tecken",
        "en": "the file name \"{name}\" is not a valid id – use only lowercase letters a–z, digits and hyphens, at most 64 characters",
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
        "sv": "\"{value}\" ({field} i {entity}) är inget giltigt id – använd bara små bokstäver a–z, siffror och bindestreck (högst 64 tecken), t.ex. \"kommunchef\"",
        "en": "\"{value}\" ({field} in {entity}) is not a valid id – use only lowercase letters a–z, digits and hyphens (at most 64 characters), e.g. \"mayor\"",
    },
    "schema-bad-placeholder-name": {
        "sv": "platshållaren \"{value}\" i {entity} har ett ogiltigt namn – börja med en liten bokstav och använd bara a–z, siffror och _",
        "en": "the placeholder \"{value}\" in {entity} has an invalid name – start with a lowercase letter and use only a–z, digits and _",
    },
    "schema-bad-url": {
        "sv": "\"{value}\" är ingen webbadress – den ska börja med https:// och får inte innehålla mellanslag, citattecken eller < >",
        "en": "\"{value}\" is not a web address – it should start with https:// and hold no spaces, quotes or < >",
    },
    "schema-bad-title": {
        "sv": "\"{field}\" i {entity} ska vara en rad utan < och >, högst {limit} tecken",
        "en": "\"{field}\" in {entity} should be one line without < and >, at most {limit} characters",
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
    "entity-organisation": {"sv": "organisationen \"{id}\"", "en": "organisation \"{id}\""},
    "entity-exercise": {"sv": "övningen \"{id}\"", "en": "exercise \"{id}\""},
    "entity-nth": {"sv": "{kind} nr {number}", "en": "{kind} no. {number}"},
    "kind-role": {"sv": "roll", "en": "role"},
    "kind-audience": {"sv": "målgrupp", "en": "audience"},
    "kind-channel": {"sv": "kanal", "en": "channel"},
    "kind-level": {"sv": "nivå", "en": "level"},
    "kind-scenario": {"sv": "scenario", "en": "scenario"},
    "kind-template": {"sv": "mall", "en": "template"},
    "kind-checklist": {"sv": "checklista", "en": "checklist"},
    "kind-contact": {"sv": "kontakt", "en": "contact"},
    "kind-organisation": {"sv": "organisation", "en": "organisation"},
    "kind-exercise": {"sv": "övning", "en": "exercise"},
    "plural-role": {"sv": "rollerna", "en": "the roles"},
    "plural-audience": {"sv": "målgrupperna", "en": "the audiences"},
    "plural-channel": {"sv": "kanalerna", "en": "the channels"},
    "plural-level": {"sv": "nivåerna", "en": "the levels"},
    "plural-scenario": {"sv": "scenarierna", "en": "the scenarios"},
    "plural-template": {"sv": "mallarna", "en": "the templates"},
    "plural-checklist": {"sv": "checklistorna", "en": "the checklists"},
    "plural-organisation": {"sv": "organisationerna", "en": "the organisations"},
    "plural-exercise": {"sv": "övningarna", "en": "the exercises"},
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
        "sv": "platshållaren \"{name}\" i mallen \"{id}\" används varken i texten (body) eller i någon variant – använd den som {{{name}}} eller ta bort den",
        "en": "the placeholder \"{name}\" of template \"{id}\" is used neither in the body nor in any variant – use it as {{{name}}} or remove it",
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
        "sv": "mallen \"{id}\" blir för lång för kanalen \"{channel}\": {length} av högst {limit} {unit} med exemplen ifyllda – korta {where}",
        "en": "template \"{id}\" is too long for channel \"{channel}\": {length} of at most {limit} {unit} with the examples filled in – shorten {where}",
    },
    "outgoing-in-body": {"sv": "texten (body)", "en": "the body"},
    "outgoing-shorten-body": {
        "sv": "texten (body) eller lägg till en kortare variant för kanalen under variants",
        "en": "the body or add a shorter variant for the channel under variants",
    },
    "outgoing-in-variant": {"sv": "varianten för \"{channel}\"", "en": "the variant for \"{channel}\""},
    "outgoing-emphasis": {
        "sv": "Markdown-betoning \"{found}\" i {where} i mallen \"{id}\" – texten publiceras precis som den står, så stjärnor och understreck syns: skriv \"{plain}\"",
        "en": "Markdown emphasis \"{found}\" in {where} of template \"{id}\" – the text is published exactly as written, so asterisks and underscores show: write \"{plain}\"",
    },
    "outgoing-link": {
        "sv": "länksyntax \"{found}\" i {where} i mallen \"{id}\" – texten publiceras precis som den står, så hakparenteser syns: skriv ut adressen eller numret, \"{plain}\"",
        "en": "link syntax \"{found}\" in {where} of template \"{id}\" – the text is published exactly as written, so the brackets show: write the address or number out, \"{plain}\"",
    },
    "outgoing-html": {
        "sv": "HTML \"{found}\" i {where} i mallen \"{id}\" – texten publiceras precis som den står: skriv \"{plain}\"",
        "en": "HTML \"{found}\" in {where} of template \"{id}\" – the text is published exactly as written: write \"{plain}\"",
    },
    "outgoing-html-remove": {
        "sv": "HTML \"{found}\" i {where} i mallen \"{id}\" – texten publiceras precis som den står: ta bort taggen (en tom rad skiljer stycken)",
        "en": "HTML \"{found}\" in {where} of template \"{id}\" – the text is published exactly as written: remove the tag (a blank line separates paragraphs)",
    },
    "outgoing-link-remove": {
        "sv": "länksyntax \"{found}\" i {where} i mallen \"{id}\" – texten publiceras precis som den står: ta bort den",
        "en": "link syntax \"{found}\" in {where} of template \"{id}\" – the text is published exactly as written: remove it",
    },
    "outgoing-emphasis-remove": {
        "sv": "Markdown-betoning \"{found}\" i {where} i mallen \"{id}\" – texten publiceras precis som den står: ta bort den",
        "en": "Markdown emphasis \"{found}\" in {where} of template \"{id}\" – the text is published exactly as written: remove it",
    },
    "plain-name": {
        "sv": "namn och rubriker visas precis som de står, så \"{found}\" syns med sina tecken på webbplatsen och i pärmen – skriv \"{plain}\"",
        "en": "names and titles are shown exactly as written, so \"{found}\" shows with its marks on the site and in the binder – write \"{plain}\"",
    },
    "variant-unknown-channel": {
        "sv": "mallen \"{id}\" har en variant för \"{channel}\" men går inte ut i den kanalen – använd en av mallens kanaler ({channels}) eller lägg till kanalen under channels",
        "en": "template \"{id}\" has a variant for \"{channel}\" but does not go out in that channel – use one of the template's channels ({channels}) or add the channel under channels",
    },
    "mode-proactive": {"sv": "proaktiv (vi går ut först)", "en": "proactive (we speak first)"},
    "mode-reactive": {"sv": "reaktiv (vi svarar)", "en": "reactive (we answer)"},
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
    "first-message-elsewhere": {
        "sv": "första beskedet för scenariot \"{id}\" är mallen \"{template}\", men den gäller bara {scenarios} – välj en mall som gäller scenariot, eller lägg till {id} i mallens scenarios",
        "en": "the first message of scenario \"{id}\" is template \"{template}\", which applies only to {scenarios} – choose a template for this scenario, or add {id} to the template's scenarios",
    },
    "guide-missing": {
        "sv": "scenariot \"{id}\" hänvisar till sidan \"{guide}\", men docs/{guide}.md finns inte{suggestion} – sidor som finns: {pages}",
        "en": "scenario \"{id}\" names the guide \"{guide}\", but docs/{guide}.md does not exist{suggestion} – pages that exist: {pages}",
    },
    "no-pages": {"sv": "inga", "en": "none"},
    "first-actions-missing": {
        "sv": "scenariot \"{id}\" har inga first_actions – skriv 3–7 saker att göra nu, i ordning, med roll och tidsram",
        "en": "scenario \"{id}\" has no first_actions – write 3–7 things to do now, in order, each with a role and a time box",
    },
    "first-actions-count": {
        "sv": "scenariot \"{id}\" har {count} first_actions, bör vara {low}–{high} – flytta resten till en checklista",
        "en": "scenario \"{id}\" has {count} first_actions, should be {low}–{high} – move the rest into a checklist",
    },
    "key-messages-missing": {
        "sv": "scenariot \"{id}\" har inga key_messages – skriv högst tre korta kärnbudskap",
        "en": "scenario \"{id}\" has no key_messages – write at most three short key messages",
    },
    "key-messages-count": {
        "sv": "scenariot \"{id}\" har {count} key_messages, bör vara högst {limit} – det är vad folk kommer ihåg",
        "en": "scenario \"{id}\" has {count} key_messages, should be at most {limit} – that is what people remember",
    },
    "vma-requesters-missing": {
        "sv": "handboken säger inte vem som får begära VMA – ange rollerna i vma_requesters, enligt delegationsordningen (lag 2023:407, förordning 2023:579)",
        "en": "the handbook does not say who may request a VMA – name the roles in vma_requesters, as in the delegation rules (Swedish law 2023:407, ordinance 2023:579)",
    },
    "print-fonts-missing": {
        "sv": "tecken som inget av pärmens typsnitt har ({chars}) skrivs ut som {placeholder} i PDF-filerna – webbsidorna visar dem som vanligt",
        "en": "characters none of the binder's fonts has ({chars}) are printed as {placeholder} in the PDF files – the web pages show them as usual",
    },
    "readability-hard": {
        "sv": "mallen \"{id}\" är svårläst (LIX {lix}, bör vara högst {limit}) – skriv kortare meningar och enklare ord",
        "en": "template \"{id}\" is hard to read (LIX {lix}, should be at most {limit}) – write shorter sentences and simpler words",
    },
    "contacts-phone-not-text": {
        "sv": "telefonnumret måste stå inom citattecken, t.ex. phone: \"012-345 67 89\" – annars kan det läsas som ett tal",
        "en": "the phone number must be quoted, e.g. phone: \"012-345 67 89\" – otherwise it may be read as a number",
    },
    # ------------------------------------------------------------------ exercises (rule 12)
    "exercise-goal-twice": {
        "sv": "{entity}: målet \"{id}\" finns redan (mål nr {number}) – ge varje mål ett eget id",
        "en": "{entity}: the goal \"{id}\" already exists (goal no. {number}) – give every goal its own id",
    },
    "exercise-persona-twice": {
        "sv": "{entity}: rösten \"{id}\" finns redan (persona nr {number}) – ge varje persona ett eget id",
        "en": "{entity}: the persona \"{id}\" already exists (persona no. {number}) – give every persona its own id",
    },
    "exercise-inject-order": {
        "sv": "{entity}: inspelet kl. {at} kommer efter ett inspel kl. {before} – ordna inspelen i tidsordning",
        "en": "{entity}: the inject at {at} comes after an inject at {before} – put the injects in time order",
    },
    "exercise-unknown-goal": {
        "sv": "{entity}: inspelet övar målet \"{value}\", som inte finns bland övningens mål (goals){suggestion}",
        "en": "{entity}: the inject names the goal \"{value}\", which is not among the exercise's goals{suggestion}",
    },
    "exercise-unknown-persona": {
        "sv": "{entity}: avsändaren \"{value}\" är skriven som ett id men finns inte bland övningens personas{suggestion} – lägg till den under personas eller skriv avsändaren som text, t.ex. \"SVT Västmanland\"",
        "en": "{entity}: the sender \"{value}\" is written like an id but is not among the exercise's personas{suggestion} – add it under personas or write the sender as text, e.g. \"BBC Radio\"",
    },
    "exercise-social-no-channel": {
        "sv": "{entity}: ett inspel via social måste ange kanalen – lägg till channel med en av scenariots kanaler, t.ex. channel: facebook",
        "en": "{entity}: an inject via social must name its channel – add channel with one of the scenario's channels",
    },
    "exercise-channel-outside-scenario": {
        "sv": "{entity}: kanalen \"{channel}\" hör inte till scenariot \"{scenario}\" – välj en av scenariots kanaler eller lägg till kanalen i scenariot",
        "en": "{entity}: the channel \"{channel}\" is not one of scenario \"{scenario}\"'s channels – choose one of them or add the channel to the scenario",
    },
    "exercise-simulation-no-injects": {
        "sv": "{entity}: en simuleringsövning behöver inspel – skriv injects, eller gör den till en seminarieövning (format: seminar)",
        "en": "{entity}: a simulation needs injects – write injects, or make it a seminar (format: seminar)",
    },
    "exercise-goal-untested": {
        "sv": "{entity}: inget inspel övar målet \"{id}\" – ange \"{id}\" under goals i minst ett inspel",
        "en": "{entity}: no inject exercises the goal \"{id}\" – name \"{id}\" in the goals of at least one inject",
    },
    "exercise-participant-idle": {
        "sv": "{entity}: deltagaren \"{id}\" får inget inspel – skriv ett inspel till \"{id}\" (to) eller ta bort rollen ur participants",
        "en": "{entity}: the participant \"{id}\" receives no inject – write an inject to \"{id}\" or remove the role from participants",
    },
    "exercise-seminar-no-questions": {
        "sv": "{entity}: en seminarieövning behöver diskussionsfrågor – skriv dem under questions",
        "en": "{entity}: a seminar needs discussion questions – write them under questions",
    },
    "exercise-findings-not-held": {
        "sv": "{entity}: erfarenheter (findings) skrivs först när övningen har hållits – ange datumet under held eller ta bort findings",
        "en": "{entity}: findings are written only once the exercise has been held – give the date under held or remove findings",
    },
    "exercise-recency": {
        "sv": "ingen hållen övning de senaste {months} månaderna har övat rollerna: {roles}; och scenarierna: {scenarios} – planera en övning (krishandbok exercise draft SCENARIO)",
        "en": "no exercise held in the last {months} months has exercised the roles: {roles}; and the scenarios: {scenarios} – plan an exercise (krishandbok exercise draft SCENARIO)",
    },
    "exercise-recency-none": {"sv": "inga", "en": "none"},
    "finding-overdue": {
        "sv": "{entity}: åtgärden i erfarenhet nr {number} skulle vara klar {due} – rollen \"{owner}\" ansvarar; gör klart och ta bort due, eller ange ett nytt datum",
        "en": "{entity}: the action of finding no. {number} was due on {due} – role \"{owner}\" is responsible; finish it and remove due, or set a new date",
    },
    # ------------------------------------------------------------------ the command line
    "build-invalid": {
        "sv": "handboken i {path} har fel – rätta dem, så byggs webbplatsen igen (den förra versionen finns kvar)",
        "en": "the handbook in {path} has errors – fix them and the site is built again (the previous version is kept)",
    },
    "serve-invalid-title": {
        "sv": "Handboken har fel",
        "en": "The handbook has errors",
    },
    "serve-invalid-lead": {
        "sv": "Handboken i {path} har {errors} fel. Rätta dem och spara filen: sidan laddas om av sig själv när handboken är giltig igen.",
        "en": "The handbook in {path} has {errors} errors. Fix them and save the file: the page reloads by itself when the handbook is valid again.",
    },
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
    "cli-os-error": {
        "sv": "kunde inte läsa eller skriva: {detail} – kontrollera mappen, behörigheten och diskutrymmet",
        "en": "could not read or write: {detail} – check the folder, the permissions and the disk space",
    },
    "cli-internal-error": {
        "sv": "internt fel i Krishandbok ({detail}) – det är inte ditt fel; rapportera det till den som sköter verktyget",
        "en": "internal error in Krishandbok ({detail}) – this is not your fault; report it to whoever maintains the tool",
    },
    "cli-no-exercise": {
        "sv": "det finns ingen övning \"{id}\" (övningar: {known})",
        "en": "there is no exercise \"{id}\" (exercises: {known})",
    },
    "cli-no-scenario": {
        "sv": "det finns inget scenario \"{id}\" i handboken (scenarier: {known})",
        "en": "there is no scenario \"{id}\" in the handbook (scenarios: {known})",
    },
    "cli-exercise-minutes": {
        "sv": "--minutes ska vara mellan {low} och {high}",
        "en": "--minutes must be between {low} and {high}",
    },
    "cli-file-exists": {
        "sv": "{path} finns redan – ange en annan fil med --out eller ta bort den först",
        "en": "{path} exists – give another file with --out, or remove it first",
    },
    "cli-not-utf8": {
        "sv": "filen är inte UTF-8 – spara den som \"CSV UTF-8\"",
        "en": "the file is not UTF-8 – save it as \"CSV UTF-8\"",
    },
    "cli-none": {"sv": "inga", "en": "none"},
    # ------------------------------------------------------------------ new (scaffolding)
    "new-bad-id": {
        "sv": "\"{id}\" är inget giltigt id – använd bara små bokstäver a–z, siffror och bindestreck (högst 64 tecken), t.ex. \"ny-roll\"",
        "en": "\"{id}\" is not a valid id – use only lowercase letters a–z, digits and hyphens (at most 64 characters), e.g. \"new-role\"",
    },
    "new-exists": {
        "sv": "{entity} finns redan i {path} – välj ett annat id",
        "en": "{entity} already exists in {path} – choose another id",
    },
    "new-unreadable": {
        "sv": "{path} går inte att läsa – rätta felen i filen först (python -m krishandbok validate)",
        "en": "{path} cannot be read – fix the errors in the file first (python -m krishandbok validate)",
    },
    "new-not-block-list": {
        "sv": "listan \"{key}\" i {path} är skriven på en rad eller är tom – skriv den som en lista med \"- \" på egna rader först",
        "en": "the list \"{key}\" in {path} is written on one line or is empty – write it as a list with \"- \" on lines of their own first",
    },
    "new-appended": {
        "sv": "lade till {entity} sist i {path} – fyll i texterna",
        "en": "added {entity} at the end of {path} – fill in the texts",
    },
    "new-created": {
        "sv": "skapade {path} – fyll i texterna",
        "en": "created {path} – fill in the texts",
    },
    "new-level-last": {
        "sv": "nivån ligger sist och är alltså högst – flytta den om den ska ligga lägre",
        "en": "the level is last and so the highest – move it if it should be lower",
    },
    "new-errors": {
        "sv": "det nya ger fel som bara kan rättas i andra delar av handboken ({count}):",
        "en": "the new entry leaves errors that can only be fixed in other parts of the handbook ({count}):",
    },
    "new-next-role": {
        "sv": "nästa steg: ge rollen en uppgift – skriv \"role: {id}\" på en punkt i en checklista, eller skapa en checklista som rollen äger: python -m krishandbok new checklist {id}-checklista",
        "en": "next step: give the role a task – write \"role: {id}\" on an item of a checklist, or create a checklist the role owns: python -m krishandbok new checklist {id}-checklist",
    },
    "new-next-audience": {
        "sv": "nästa steg: lägg till \"{id}\" under audiences i minst en kanal i channels.yaml, och i en mall (eller skapa en: python -m krishandbok new template till-{id})",
        "en": "next step: add \"{id}\" to the audiences of at least one channel in channels.yaml, and of a template (or create one: python -m krishandbok new template to-{id})",
    },
    "new-next-channel": {
        "sv": "nästa steg: lägg till \"{id}\" under channels i en mall, eller skapa en mall för kanalen: python -m krishandbok new template {id}-besked",
        "en": "next step: add \"{id}\" to the channels of a template, or create a template for the channel: python -m krishandbok new template {id}-message",
    },
    "new-next-scenario": {
        "sv": "nästa steg: lägg till \"{id}\" under scenarios i de mallar och checklistor som nämns ovan, eller välj kanaler och målgrupper som redan har mallar",
        "en": "next step: add \"{id}\" to the scenarios of the templates and checklists named above, or choose channels and audiences that already have templates",
    },
    "new-next-other": {
        "sv": "nästa steg: rätta felen ovan",
        "en": "next step: fix the errors above",
    },
    # ------------------------------------------------------------------ changes (summary for reviewers)
    "changes-title": {"sv": "Ändringar i handboken", "en": "Changes to the handbook"},
    "changes-range": {"sv": "Från {base} till {head}.", "en": "From {base} to {head}."},
    "changes-cut": {
        "sv": "… och fler ändringar än en kommentar rymmer. Kör python -m krishandbok changes för att läsa alla.",
        "en": "… and more changes than a comment can hold. Run python -m krishandbok changes to read them all.",
    },
    "changes-working-tree": {"sv": "arbetskopian", "en": "the working tree"},
    "changes-none": {
        "sv": "Inga ändringar i handbokens innehåll.",
        "en": "No changes to the content of the handbook.",
    },
    "changes-incomplete": {
        "sv": "Obs: handboken i {revision} har fel som gör att delar inte gick att läsa, så sammanfattningen kan vara ofullständig. Kör python -m krishandbok validate.",
        "en": "Note: the handbook in {revision} has errors that kept parts from being read, so the summary may be incomplete. Run python -m krishandbok validate.",
    },
    "changes-heading-handbook": {"sv": "Handboken", "en": "The handbook"},
    "changes-heading-role": {"sv": "Roller", "en": "Roles"},
    "changes-heading-audience": {"sv": "Målgrupper", "en": "Audiences"},
    "changes-heading-channel": {"sv": "Kanaler", "en": "Channels"},
    "changes-heading-level": {"sv": "Nivåer", "en": "Levels"},
    "changes-heading-scenario": {"sv": "Scenarier", "en": "Scenarios"},
    "changes-heading-organisation": {"sv": "Organisationer att larma", "en": "Organisations to alert"},
    "changes-heading-template": {"sv": "Mallar", "en": "Templates"},
    "changes-heading-checklist": {"sv": "Checklistor", "en": "Checklists"},
    "changes-heading-exercise": {"sv": "Övningar", "en": "Exercises"},
    "changes-added": {"sv": "{subject} lades till", "en": "{subject} was added"},
    "changes-removed": {"sv": "{subject} togs bort", "en": "{subject} was removed"},
    "changes-moved": {
        "sv": "{subject} flyttades från plats {old} till {new}",
        "en": "{subject} moved from position {old} to {new}",
    },
    "changes-value": {"sv": "{adjective} {label} {new} (var {old})", "en": "{adjective} {label} {new} (was {old})"},
    "changes-value-set": {"sv": "lade till {label} {new}", "en": "added {label} {new}"},
    "changes-value-cleared": {"sv": "tog bort {label} (var {old})", "en": "removed {label} (was {old})"},
    "changes-value-long": {"sv": "{adjective} {label}:", "en": "{adjective} {label}:"},
    "changes-item-added": {"sv": "{label}: lade till {item}", "en": "{label}: added {item}"},
    "changes-item-removed": {"sv": "{label}: tog bort {item}", "en": "{label}: removed {item}"},
    "changes-item-moved": {
        "sv": "{label}: flyttade {item} från plats {old} till {new}",
        "en": "{label}: moved {item} from position {old} to {new}",
    },
    "changes-item-changed": {"sv": "{label}: ändrade {old} till {new}", "en": "{label}: changed {old} to {new}"},
    "changes-in-item": {"sv": "{label} {item}: {change}", "en": "{label} {item}: {change}"},
    "changes-show-diff": {"sv": "Visa ändringen", "en": "Show the change"},
    "changes-all-scenarios": {"sv": "alla scenarier", "en": "all scenarios"},
    "changes-and": {"sv": "och", "en": "and"},
    "changes-nothing": {"sv": "inga", "en": "none"},
    "phase-before": {"sv": "före", "en": "before"},
    "phase-during": {"sv": "under", "en": "during"},
    "phase-after": {"sv": "efter", "en": "after"},
    "cli-not-git": {
        "sv": "{path} ligger inte i ett git-arkiv – kör kommandot i handbokens arkiv",
        "en": "{path} is not in a git repository – run the command in the handbook's repository",
    },
    "cli-bad-revision": {
        "sv": "\"{revision}\" är ingen känd version i git – ange t.ex. main, HEAD~1 eller ett commit-id",
        "en": "\"{revision}\" is not a known git revision – give e.g. main, HEAD~1 or a commit id",
    },
    "cli-outside-repo": {
        "sv": "mappen {path} ligger utanför git-arkivet",
        "en": "the folder {path} is outside the git repository",
    },
    # ------------------------------------------------------------------ reviews (overdue check)
    "reviews-title": {"sv": "Försenade granskningar", "en": "Overdue reviews"},
    "reviews-intro": {
        "sv": "En granskning gäller i {months} månader. Det här granskades senast före {oldest}:",
        "en": "A review is valid for {months} months. These were last reviewed before {oldest}:",
    },
    "reviews-entry": {"sv": "{entity}, granskad {date}", "en": "{entity}, reviewed {date}"},
    "reviews-ok": {
        "sv": "{path}: alla granskningar är aktuella (intervall {months} månader)",
        "en": "{path}: every review is up to date (interval {months} months)",
    },
    "reviews-summary": {
        "sv": "{path}: {count} försenade granskningar – ansvariga: {owners}",
        "en": "{path}: {count} overdue reviews – responsible: {owners}",
    },
    # ------------------------------------------------------------------ key reference
    "reference-title": {"sv": "Referens för alla nycklar", "en": "Reference of all keys"},
    "reference-intro": {
        "sv": "Alla nycklar i alla filer i `data/`, genererade från verktygets modeller. `cadence.crisis` betyder nyckeln `crisis` inuti `cadence`; `<namn>` står för ett namn du väljer själv.",
        "en": "Every key of every file in `data/`, generated from the tool's models. `cadence.crisis` means the key `crisis` inside `cadence`; `<name>` stands for a name you choose.",
    },
    "reference-list-file": {
        "sv": "Filen har nyckeln `{key}:` med en lista. Varje post i listan har de här nycklarna:",
        "en": "The file has the key `{key}:` with a list. Every entry of the list has these keys:",
    },
    "reference-one-file": {
        "sv": "En fil per post. Id är filnamnet utan `.yaml`. Nycklar:",
        "en": "One file per entry. The id is the file name without `.yaml`. Keys:",
    },
    "reference-settings-file": {"sv": "En fil med de här nycklarna:", "en": "One file with these keys:"},
    "reference-contacts-file": {
        "sv": "Kontaktuppgifter ligger aldrig i `data/` utan i en privat fil som bara den interna versionen läser (sökvägen står i `HANDBOOK_PRIVATE`). Filen har nyckeln `contacts:` med en lista:",
        "en": "Contact details are never in `data/` but in a private file that only the internal build reads (its path is in `HANDBOOK_PRIVATE`). The file has the key `contacts:` with a list:",
    },
    "reference-contacts-heading": {"sv": "Kontakter (privat fil)", "en": "Contacts (private file)"},
    "reference-key": {"sv": "Nyckel", "en": "Key"},
    "reference-required": {"sv": "Krävs", "en": "Required"},
    "reference-type": {"sv": "Typ", "en": "Type"},
    "reference-description": {"sv": "Beskrivning", "en": "Description"},
    "reference-yes": {"sv": "ja", "en": "yes"},
    "reference-no": {"sv": "nej", "en": "no"},
    "reference-default": {"sv": "nej (standard: {value})", "en": "no (default: {value})"},
    "type-text": {"sv": "text", "en": "text"},
    "type-id": {"sv": "id", "en": "id"},
    "type-placeholder-name": {"sv": "namn (a–z, siffror, _)", "en": "name (a–z, digits, _)"},
    "type-url": {"sv": "webbadress", "en": "web address"},
    "type-integer": {"sv": "heltal", "en": "whole number"},
    "type-date": {"sv": "datum ÅÅÅÅ-MM-DD", "en": "date YYYY-MM-DD"},
    "type-choice": {"sv": "ett av: {choices}", "en": "one of: {choices}"},
    "type-mapping": {"sv": "nycklar och värden (se nedan)", "en": "keys and values (see below)"},
    "type-list-text": {"sv": "lista med text", "en": "list of texts"},
    "type-list-id": {"sv": "lista med id", "en": "list of ids"},
    "type-list-entries": {"sv": "lista med poster (se nedan)", "en": "list of entries (see below)"},
    "type-list-items": {
        "sv": "lista med punkter: text, eller nycklar och värden (se nedan)",
        "en": "list of items: text, or keys and values (see below)",
    },
    "type-name-placeholder": {"sv": "<namn>", "en": "<name>"},
    "type-id-to-text": {"sv": "id → text (en rad per id)", "en": "id → text (one line per id)"},
    "type-named": {"sv": "namn med nycklar och värden (se nedan)", "en": "names with keys and values (see below)"},
    "type-min-items": {"sv": "minst {count}", "en": "at least {count}"},
    "type-range": {"sv": "{low}–{high}", "en": "{low}–{high}"},
    "type-at-least": {"sv": "minst {low}", "en": "at least {low}"},
}


def say(language: str, message_key: str, /, **params: object) -> str:
    """The message `key` in `language` (Swedish when the language is unknown)."""
    texts = CATALOGUE[message_key]
    return texts.get(language, texts["sv"]).format(**params)


def suggestion(language: str, written: str, known) -> str:
    """' – menade du "x"?' with the known word closest to what was written; "" when none is close."""
    import difflib  # only after an error: off the import path of every build

    close = difflib.get_close_matches(written, list(known), n=1, cutoff=0.6)
    return say(language, "suggestion", match=close[0]) if close else ""


# Field words for change summaries: the noun, and the adjective that says "new" with
# it ("ny ersättare", "nytt namn", "nya kriterier"); empty where a verb phrase reads better.
FIELD_WORDS: dict[str, dict[str, tuple[str, str]]] = {
    "title": {"sv": ("titel", "ny"), "en": ("title", "new")},
    "organisation": {"sv": ("organisation", "ny"), "en": ("organisation", "new")},
    "language": {"sv": ("språk", "nytt"), "en": ("language", "new")},
    "owner": {"sv": ("ägare", "ny"), "en": ("owner", "new")},
    "review_interval_months": {"sv": ("granskningsintervall i månader", "nytt"), "en": ("review interval in months", "new")},
    "site_url": {"sv": ("webbadress", "ny"), "en": ("web address", "new")},
    "core_values": {"sv": ("kärnvärden", "nya"), "en": ("core values", "new")},
    "tone": {"sv": ("tonregler", "nya"), "en": ("tone rules", "new")},
    "principles": {"sv": ("principer", "nya"), "en": ("principles", "new")},
    "id": {"sv": ("id", "nytt"), "en": ("id", "new")},
    "name": {"sv": ("namn", "nytt"), "en": ("name", "new")},
    "summary": {"sv": ("sammanfattning", "ny"), "en": ("summary", "new")},
    "description": {"sv": ("beskrivning", "ny"), "en": ("description", "new")},
    "deputy": {"sv": ("ersättare", "ny"), "en": ("deputy", "new")},
    "reports_to": {"sv": ("rapporterar till", ""), "en": ("reports to", "now")},
    "mandate": {"sv": ("mandat", "nytt"), "en": ("mandate", "new")},
    "before": {"sv": ("ansvar före en kris", "nytt"), "en": ("duties before a crisis", "new")},
    "during": {"sv": ("ansvar under en kris", "nytt"), "en": ("duties during a crisis", "new")},
    "after": {"sv": ("ansvar efter en kris", "nytt"), "en": ("duties after a crisis", "new")},
    "reviewed": {"sv": ("granskad", ""), "en": ("reviewed", "")},
    "needs": {"sv": ("behov", "nya"), "en": ("needs", "new")},
    "kind": {"sv": ("typ", "ny"), "en": ("kind", "new")},
    "backup": {"sv": ("ersättare", "ny"), "en": ("backup", "new")},
    "audiences": {"sv": ("målgrupper", "nya"), "en": ("audiences", "new")},
    "max_length": {"sv": ("längsta text", "ny"), "en": ("longest text", "new")},
    "cadence": {"sv": ("takt", "ny"), "en": ("cadence", "new")},
    "cadence.normal": {"sv": ("takt i vardag", "ny"), "en": ("everyday cadence", "new")},
    "cadence.crisis": {"sv": ("takt i kris", "ny"), "en": ("crisis cadence", "new")},
    "staffing": {"sv": ("bemanning", "ny"), "en": ("staffing", "new")},
    "staffing.normal": {"sv": ("bemanning i vardag", "ny"), "en": ("everyday staffing", "new")},
    "staffing.crisis": {"sv": ("bemanning i kris", "ny"), "en": ("crisis staffing", "new")},
    "response_time": {"sv": ("svarstid", "ny"), "en": ("response time", "new")},
    "moderation": {"sv": ("moderering", "ny"), "en": ("moderation", "new")},
    "escalate_to": {"sv": ("eskaleras till", ""), "en": ("escalates to", "now")},
    "depends_on": {"sv": ("beroenden", "nya"), "en": ("dependencies", "new")},
    "fallback": {"sv": ("reservkanal", "ny"), "en": ("fallback", "new")},
    "decided_by": {"sv": ("beslutas av", ""), "en": ("declared by", "now")},
    "criteria": {"sv": ("kriterier", "nya"), "en": ("criteria", "new")},
    "signs": {"sv": ("tecken", "nya"), "en": ("signs", "new")},
    "level": {"sv": ("startnivå", "ny"), "en": ("starting level", "new")},
    "lead": {"sv": ("leds av", ""), "en": ("led by", "now")},
    "roles": {"sv": ("roller", "nya"), "en": ("roles", "new")},
    "channels": {"sv": ("kanaler", "nya"), "en": ("channels", "new")},
    "scenarios": {"sv": ("scenarier", "nya"), "en": ("scenarios", "new")},
    "phase": {"sv": ("fas", "ny"), "en": ("phase", "new")},
    "sender": {"sv": ("avsändare", "ny"), "en": ("sender", "new")},
    "approver": {"sv": ("godkänns av", ""), "en": ("approved by", "now")},
    "effect": {"sv": ("effekt", "ny"), "en": ("effect", "new")},
    "placeholders": {"sv": ("platshållare", "nya"), "en": ("placeholders", "new")},
    "placeholders.description": {"sv": ("beskrivning", "ny"), "en": ("description", "new")},
    "placeholders.example": {"sv": ("exempel", "nytt"), "en": ("example", "new")},
    "placeholders.max_length": {"sv": ("längsta värde", "nytt"), "en": ("longest value", "new")},
    "body": {"sv": ("text", "ny"), "en": ("text", "new")},
    "mode": {"sv": ("när", ""), "en": ("when", "now")},
    "variants": {"sv": ("kanaltexter", "nya"), "en": ("channel texts", "new")},
    "items": {"sv": ("punkter", "nya"), "en": ("items", "new")},
    "items.text": {"sv": ("text", "ny"), "en": ("text", "new")},
    "items.role": {"sv": ("roll", "ny"), "en": ("role", "new")},
    "items.within": {"sv": ("tidsram", "ny"), "en": ("time box", "new")},
    "items.template": {"sv": ("mall", "ny"), "en": ("template", "new")},
    "core_values.name": {"sv": ("namn", "nytt"), "en": ("name", "new")},
    "core_values.description": {"sv": ("beskrivning", "ny"), "en": ("description", "new")},
    "principles.name": {"sv": ("namn", "nytt"), "en": ("name", "new")},
    "principles.description": {"sv": ("beskrivning", "ny"), "en": ("description", "new")},
    # exercises/<id>.yaml
    "format": {"sv": ("form", "ny"), "en": ("format", "new")},
    "planned": {"sv": ("planerat datum", "nytt"), "en": ("planned date", "new")},
    "held": {"sv": ("hölls", ""), "en": ("held", "")},
    "duration": {"sv": ("längd", "ny"), "en": ("duration", "new")},
    "purpose": {"sv": ("syfte", "nytt"), "en": ("purpose", "new")},
    "evaluator": {"sv": ("utvärderingsledare", "ny"), "en": ("lead evaluator", "new")},
    "participants": {"sv": ("deltagare", "nya"), "en": ("participants", "new")},
    "goals": {"sv": ("mål", "nya"), "en": ("goals", "new")},
    "personas": {"sv": ("röster i motspelet", "nya"), "en": ("counter-play voices", "new")},
    "injects": {"sv": ("inspel", "nya"), "en": ("injects", "new")},
    "questions": {"sv": ("diskussionsfrågor", "nya"), "en": ("discussion questions", "new")},
    "findings": {"sv": ("erfarenheter", "nya"), "en": ("findings", "new")},
    # contract version 2: playbooks, public numbers, VMA, organisations
    "phone": {"sv": ("telefonnummer", "nytt"), "en": ("phone numbers", "new")},
    "phone.switchboard": {"sv": ("växelnummer", "nytt"), "en": ("switchboard number", "new")},
    "phone.information_line": {"sv": ("upplysningsnummer", "nytt"), "en": ("information line", "new")},
    "vma_requesters": {"sv": ("roller som får begära VMA", "nya"), "en": ("roles that may request a VMA", "new")},
    "first_actions": {"sv": ("gör nu-punkter", "nya"), "en": ("first actions", "new")},
    "first_actions.text": {"sv": ("text", "ny"), "en": ("text", "new")},
    "first_actions.role": {"sv": ("roll", "ny"), "en": ("role", "new")},
    "first_actions.within": {"sv": ("tidsram", "ny"), "en": ("time box", "new")},
    "key_messages": {"sv": ("kärnbudskap", "nya"), "en": ("key messages", "new")},
    "first_message": {"sv": ("första besked", "nytt"), "en": ("first message", "new")},
    "guides": {"sv": ("sidor att läsa", "nya"), "en": ("guides", "new")},
    "role": {"sv": ("uppgift", "ny"), "en": ("role", "new")},
    "email": {"sv": ("e-post", "ny"), "en": ("e-mail", "new")},
    "web": {"sv": ("webbadress", "ny"), "en": ("web address", "new")},
    "alert_at": {"sv": ("larmas vid nivåer", "nya"), "en": ("alerted at levels", "new")},
    "alerted_by": {"sv": ("larmas av", ""), "en": ("alerted by", "now")},
}


def field_words(language: str, field: str) -> tuple[str, str]:
    """(noun, "new" adjective) for a field path; the path itself when no words are known."""
    words = FIELD_WORDS.get(field)
    if words is None and field.startswith("variants."):  # one key per channel: variants.sms
        channel = field.split(".", 1)[1]
        words = {"sv": (f"text för kanalen {channel}", "ny"), "en": (f"text for channel {channel}", "new")}
    if words is None:
        return field, ""
    return words.get(language, words["sv"])
