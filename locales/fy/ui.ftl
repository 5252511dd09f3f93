# Wegwijzer: de teksten fan de widget sels (knoppen, koppen, flatermeldingen, krisisbalke).
# Language: Frisian / Frysk (fy). Source: locales/nl/ui.ftl
# Machine-assisted translation; needs review by a native speaker. Date: 2026-11-23.
#
# "jo"-foarm, lykas yn flow.ftl. Koarte sinnen (B1). Telefoannûmers en foarbylden bliuwe gelyk.

## Krisisbalke: altyd te sjen, boppe de fraach.

crisis-heading = Daliks help nedich?
crisis-role-emergency = Libbensgefaar?
crisis-role-suicide-prevention = Tinke jo oan selsdeading?
crisis-role-suicide-prevention-helper = Tinkt ien oan selsdeading?
crisis-role-veilig-thuis = Net feilich thús?
crisis-role-huisartsenpost = Jûns of yn it wykein in dokter nedich?
crisis-role-gemeente = In fraach oan de gemeente?
crisis-role-helpline = Wolle jo mei ien prate?

## Telefoan en iepeningstiden

phone-call = Skilje { $number }
phone-free = fergees
phone-anonymous = jo namme sizze hoecht net
hours-always = dei en nacht
hours-label = Te berikken:
schedule-walk-in = Binnenrinne sûnder ôfspraak:
schedule-phone = Skilje:
schedule-appointment = Op ôfspraak:
opening-time = { $days } fan { $opens } oant { $closes }
day-range = { $from } oant en mei { $to }
# REVIEW(fy): short day names; check the usual Frisian abbreviations.
day-mo = moandei
day-tu = tiisdei
day-we = woansdei
day-th = tongersdei
day-fr = freed
day-sa = sneon
day-su = snein
address-label = Adres:
link-website = Webside fan { $name }
link-chat = Chat mei { $name }
link-email = Mail nei { $address }

## Fraachskerm

# REVIEW(fy): "question N of at most M" (the route can be shorter).
progress = Fraach { $number } fan op syn heechst { $total }
button-next = Folgjende
button-skip = Oerslaan
button-back = Werom
why-question = Wêrom freegje wy dit?
choose-many = Jo meie mear as ien antwurd kieze.
helper-toggle = Ik fol dit yn foar in oar
answer-yes = Ja
answer-no = Nee
postcode-label = Postkoade
postcode-hint = Bygelyks: 1234 AB
house-number-label = Húsnûmer (meie jo leech litte)
house-number-hint = Bygelyks: 12 of 12a
text-count = { $left ->
    [one] Jo kinne noch 1 teken type.
   *[other] Jo kinne noch { $left } tekens type.
}
text-over = { $over ->
    [one] Dat is 1 teken te folle.
   *[other] Dat binne { $over } tekens te folle.
}
# REVIEW(fy): new messages (issue 19: the language button, what ticking "I don't know" turned off).
# Said (politely) when ticking one option unticked others, or the reverse.
choice-others-off = De oare karren binne útset.
choice-exclusive-off = De kar { $option } is útset.

## Flatermeldingen: sis wat der mis is en hoe't it goed giet.

error-summary-title = Der giet wat mis
error-prefix = Flater:
error-required = Jo hawwe noch gjin antwurd jûn. Kies in antwurd of folje wat yn.
error-choose-one = Kies ien fan de antwurden.
error-exclusive = Jo keazen „{ $option }” en ek wat oars. Kies ien fan de twa.
error-postcode-format = Folje jo postkoade yn mei 4 sifers en 2 letters. Bygelyks: 1234 AB.
error-postcode-format-helper = Folje de postkoade yn mei 4 sifers en 2 letters. Bygelyks: 1234 AB.
error-postcode-leading-zero = In postkoade begjint net mei in 0. Sjoch noch ris nei de sifers.
error-postcode-reserved = Dizze postkoade bestiet net. Sjoch noch ris nei de letters.
error-house-number = Folje in húsnûmer yn, lykas 12 of 12a. Of lit it fak leech.
# REVIEW(fy): new message, machine-assisted
error-house-number-needed = Yn dyn strjitte wurkje twa teams. Folje dyn húsnûmer yn, dan witte wy hokker team by dy heart.
error-house-number-needed-helper = Yn de strjitte fan de oar wurkje twa teams. Folje it húsnûmer yn, dan witte wy hokker team heart.
# REVIEW(fy): new message, machine-assisted
advice-words-missing = De tekst fan dit advys is noch net hielendal laden. De telefoannûmers hjirûnder kloppe wol. Laad de side opnij as it sa bliuwt, of skilje de gemeente.
advice-heading-fallback = Jo advys
error-too-long = Jo tekst is te lang. Jo kinne { $max } tekens brûke.

## Jo antwurden

answers-heading = Jo antwurden
answers-change = Feroarje
answers-change-label = Feroarje jo antwurd op: { $question }
answers-skipped = Oerslein
restart = Opnij begjinne

## Gau fuort

quick-exit = Gau fuort
quick-exit-note = Jo browserskiednis wurdt net wiske.
quick-exit-keys = Jo kinne ek twa kear op Esc drukke.

## Taal en foarlêze

language-label = Taal / Language
language-apply = Wikselje taal
read-aloud = Lês foar
# REVIEW(fy): new messages (issue 19/23: the read-aloud button while reading; no voice on the device), machine-assisted.
read-aloud-stop = Stop mei foarlêzen
read-aloud-no-voice = Foarlêze slagget hjir net. Dit apparaat hat gjin stim foar dizze taal.

## Advys

urgency-urgent = Doch dit gau. Wachtsje net te lang.
urgency-crisis = Binne jo no yn gefaar? Skilje 112.
urgency-crisis-helper = Is der no gefaar? Skilje 112.
first-contact-lead = Nim earst kontakt op mei:
why-advice = Wêrom dit advys?
team-heading = Jo wykteam
team-heading-helper = It wykteam fan de oar
team-choose = By jo postkoade hearre mear teams. Kies it team fan jo strjitte.
team-choose-helper = By dizze postkoade hearre mear teams. Kies it team fan de strjitte fan de oar.
team-unknown = Wy witte net hokker wykteam by jo postkoade heart. Skilje de gemeente, sy helpe jo fierder.
team-unknown-helper = Wy witte net hokker wykteam by dizze postkoade heart. Skilje de gemeente, sy helpe fierder.
team-skipped = Jo hawwe gjin postkoade jûn. Skilje de gemeente, sy helpe jo fierder.
client-support-heading = Wolle jo dat ien mei jo meigiet? Dat is fergees.
client-support-heading-helper = Wol de oar dat ien meigiet? Dat is fergees.
client-support-text = In cliëntondersteuner stiet njonken jo. Dy helpt jo by it petear mei de gemeente.
client-support-text-helper = In cliëntondersteuner stiet njonken de oar. Dy helpt by it petear mei de gemeente.
community-heading = Help yn 'e buert
community-text = Jo kinne hjir ek terjochte. Dat mei neist de help fan de gemeente.
community-text-helper = De oar kin hjir ek terjochte. Dat mei neist de help fan de gemeente.
bring-in-heading = Se kinne ek dizze help derby helje
also-heading = Ek handich om te witten
# REVIEW(fy): new message (issue 19: the advice's closed section with the other contacts; changed: steps-heading ("Wat gebeurt er daarna?"), handover-rights ("Je rechten")).
more-help-heading = Mear help yn 'e buert
crisis-advice-heading = Help as it no net feilich is
helper-tip-heading = Tip foar jo as helper
steps-heading = Wat bart der dêrnei?
bring-heading = Nim mei

## Myn oersjoch

handover-heading = Myn oersjoch
handover-heading-helper = Oersjoch foar de oar
handover-intro = Nim dit mei nei jo petear. Of lit it sjen oan ien dy't jo helpt.
handover-intro-helper = Nim dit mei nei it petear. Of jou it oan de oar.
handover-topics = Wêr giet it oer?
handover-own-words = Yn myn eigen wurden
handover-own-words-helper = Yn de wurden fan de oar
handover-advice = Myn advys
handover-advice-helper = Advys foar de oar
handover-first-contact = Earst kontakt mei
handover-client-support = Fergees help fan in cliëntondersteuner
# REVIEW(fy): "Andere contacten" / "Gemaakt op <datum>" (the date of printing)
handover-contacts = Oare kontakten
handover-date = Makke op { $date }
handover-rights = Jo rjochten
handover-rights-helper = De rjochten fan de oar
right-client-support = Jo meie fergees help krije fan in cliëntondersteuner.
right-client-support-helper = De oar mei fergees help krije fan in cliëntondersteuner.
right-company = Jo meie ien meinimme nei it petear.
right-company-helper = De oar mei ien meinimme nei it petear. Bygelyks jo.
right-objection = Binne jo it net iens mei de brief mei it beslút? Lit it binnen 6 wiken witte. Dat hjit beswier meitsje (bezwaar maken).
right-objection-helper = Is de oar it net iens mei de brief mei it beslút? Lit it binnen 6 wiken witte. Dat hjit beswier meitsje (bezwaar maken).
handover-print = Printsje
handover-copy = Kopiearje
handover-copied = Kopiearre
handover-copy-failed = Kopiearjen slagget net. Selektearje de tekst en kopiearje him sels.
handover-share = Diel keppeling
share-intro = Mei dizze keppeling iepenje jo jo antwurden op in oar apparaat. De keppeling stiet allinne op jo skerm. Jo eigen wurden steane der net yn.
share-label = Keppeling nei jo antwurden
share-copy = Kopiearje keppeling

# REVIEW(fy): the share panel says plainly that the link is not secret.
share-anyone = Elkenien dy't dizze keppeling hat, kin jo antwurden sjen.
