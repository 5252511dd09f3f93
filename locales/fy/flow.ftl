# Wegwijzer: Fryske teksten (fragen, antwurden, advys, stappen, meinimme, tsjinsten).
# Language: Frisian / Frysk (fy). Source: locales/nl/flow.ftl
# Machine-assisted translation; needs review by a native speaker. Date: 2026-11-23.
#
# Koarte sinnen, gewoane wurden (B1). In Nederlânsk offisjeel wurd stiet ien kear tusken
# heakjes, omdat minsken it yn brieven tsjinkomme.
# REVIEW(fy): the Dutch source uses informal "je"; this file uses "jo", the usual friendly-but-polite form in Frisian public texts. A "do" set would be the literal match; confirm with the gemeente.


## Termyn. $unit is hours, days, working-days of weeks.

duration = { $unit ->
    [hours] { $amount } oere
    [days] { $amount ->
        [one] 1 dei
       *[other] { $amount } dagen
    }
    [working-days] { $amount ->
        [one] 1 wurkdei
       *[other] { $amount } wurkdagen
    }
   *[weeks] { $amount ->
        [one] 1 wike
       *[other] { $amount } wiken
    }
}


## Fraach: wêr wolle jo help by hawwe?

question-topic = Wêr wolle jo help by hawwe?
    .hint = Jo meie mear as ien ding kieze.
    .why = Sa witte wy wêr't jo it bêste terjochte kinne. Jo antwurden bliuwe op jo eigen apparaat.
# REVIEW(fy): helpmodus (ien folt dit yn foar in oar). De persoan dy't holpen wurdt is "de oar" / "hy of sy"; de helper is "jo".
question-topic-helper = Wêr wol de oar help by hawwe?
    .hint = Jo meie mear as ien ding kieze.
    .why = Sa witte wy wêr't de oar it bêste terjochte kin. De antwurden bliuwe op dit apparaat.

option-topic-money = Jild en rekkens
    .hint = skulden, rekkens dy't jo net betelje kinne
option-topic-money-helper = Jild en rekkens
    .hint = skulden, rekkens dy't de oar net betelje kin
option-topic-work-income = Wurk of ynkommen
    .hint = wurk kwyt, gjin of te min ynkommen
option-topic-home = Thús en yn 'e hûs
    .hint = húshâlding, jo hûs oanpasse
option-topic-home-helper = Thús en yn 'e hûs
    .hint = húshâlding, it hûs oanpasse
option-topic-health = Jo sûnens en hoe't jo jo fiele
    .hint = lichem, holle, alkohol of drugs
option-topic-health-helper = Sûnens en hoe't de oar him of har fielt
option-topic-children = Bern en opfieding
    .hint = soargen oer jo bern
option-topic-children-helper = Bern en opfieding
    .hint = soargen oer in bern
option-topic-caring = Soargje foar in oar
    .hint = jo soargje foar in âlder, partner of bern
option-topic-caring-helper = Soargje foar in oar
    .hint = de oar soarget foar in âlder, partner of bern
option-topic-alone = Jo allinne fiele
    .hint = net folle kontakt mei oaren
option-topic-alone-helper = Him of har allinne fiele
option-topic-safety = Feilich wêze thús
    .hint = geweld, bedriging of eangst thús
option-topic-taking-part = Meidwaan
    .hint = wat dwaan oerdei, frijwilligerswurk, leare
option-topic-letters = Brieven en formulieren
    .hint = in brief begripe, it net iens wêze mei in beslút
option-topic-dont-know = In soad tagelyk / ik wit it net
    .hint = ien team helpt jo mei alles
option-topic-dont-know-helper = In soad tagelyk / noch net dúdlik
    .hint = ien team helpt mei alles


## Fraach: driget der wat by skulden?

question-debt-threat = Moatte jo miskien jo hûs út? Of sille se gas, ljocht of wetter ôfslute?
    .hint = Kies ek ja as jo soarchfersekering stopt.
    .why = Dan moat de gemeente jo flugger helpe. Jo krije dan binnen in pear dagen in petear.
question-debt-threat-helper = Moat de oar miskien it hûs út? Of sille se gas, ljocht of wetter ôfslute?
    .hint = Kies ek ja as de soarchfersekering fan de oar stopt.
    .why = Dan moat de gemeente de oar flugger helpe. De oar kriget dan binnen in pear dagen in petear.


## Fraach: wurk of ynkommen

# REVIEW(fy): new heading, so the two questions no longer share one (issue 19).
question-income-situation = Wat past it bêste by dyn wurk of ynkommen?
    .why = Foar wurkleazens geane jo earst nei UWV. Foar bystân (bijstand) geane jo nei de gemeente.
question-income-situation-helper = Wat past it bêste by it wurk of ynkommen fan de oar?
    .why = Foar wurkleazens giet de oar earst nei UWV. Foar bystân (bijstand) giet de oar nei de gemeente.

option-income-situation-lost-job = Ik bin myn wurk kwyt, of ik reitsje it kwyt
option-income-situation-lost-job-helper = De oar is it wurk kwyt, of reitset it kwyt
option-income-situation-no-income = Ik haw gjin ynkommen, of te min om fan te libjen
option-income-situation-no-income-helper = De oar hat gjin ynkommen, of te min om fan te libjen
option-income-situation-other = Wat oars
    .hint = de gemeente tinkt mei jo mei
option-income-situation-other-helper = Wat oars
    .hint = de gemeente tinkt mei jim mei

question-under-27 = Binne jo jonger as 27 jier?
    .why = Foar jongelju ûnder de 27 jildt in ekstra regel by bystân.
question-under-27-helper = Is de oar jonger as 27 jier?


## Fraach: thús en yn 'e hûs

question-home-need = Wêr hawwe jo thús help by nedich?
    .why = Dan witte wy hokker help by jo past.
question-home-need-helper = Wêr hat de oar thús help by nedich?
    .why = Dan witte wy hokker help by de oar past.

option-home-need-household = It húshâlden of mysels fersoargje slagget net mear
    .hint = bygelyks skjinmeitsje, waskje of oanklaaie
option-home-need-household-helper = It húshâlden of himsels fersoargje slagget de oar net mear
option-home-need-adaptation = In oanpassing yn 'e hûs, in rolstoel of ferfier
    .hint = bygelyks in traplift of in taksy nei de winkel
option-home-need-other = Wat oars
    .hint = de gemeente tinkt mei jo mei
option-home-need-other-helper = Wat oars
    .hint = de gemeente tinkt mei jim mei


## Fraach: sûnens

# REVIEW(fy): new heading, so the two questions no longer share one (issue 19).
question-health-need = Wat past it bêste by hoe't it mei dy giet?
    .why = Giet it hiel min? Dan wize wy jo daliks de fluchste help.
question-health-need-helper = Wat past it bêste by hoe't it mei de oar giet?

# REVIEW(fy): "selsdeading" chosen to mirror Dutch "zelfdoding" (instead of "selsmoard"); check it is the usual careful term.
option-health-need-crisis = It giet hiel min mei my. Ik tink oan selsdeading.
option-health-need-crisis-helper = It giet hiel min mei de oar. Hy of sy tinkt oan selsdeading.
option-health-need-unwell = Ik fiel my net goed, yn myn lichem of yn myn holle
    .hint = ek by problemen mei alkohol, drugs of gokken
option-health-need-unwell-helper = De oar fielt him of har net goed, yn it lichem of yn 'e holle
option-health-need-someone-else = Ik meitsje my soargen oer in oar
    .hint = bygelyks in buorman dy't yn 'e war is
option-health-need-someone-else-helper = Jo meitsje jo soargen oer de oar, mar de oar freget sels gjin help
    .hint = bygelyks om't de oar yn 'e war is


## Fraach: bern

question-child-safety = Meitsje jo jo soargen oft jo bern feilich is?
    .hint = Bygelyks: ien slacht jo bern, of der is in soad geweld thús.
    .why = Is jo bern net feilich? Dan wize wy jo daliks de goede help.
question-child-safety-helper = Meitsje jo jo soargen oft it bern feilich is?
    .hint = Bygelyks: ien slacht it bern, of der is in soad geweld thús.
    .why = Is it bern net feilich? Dan wize wy jo daliks de goede help.


## Fraach: brieven

question-letter-kind = Wat is der mei de brief?
    .why = Dan witte wy oft der in datum is dêr't jo op lette moatte.
question-letter-kind-helper = Wat is der mei de brief fan de oar?

option-letter-kind-understand = Ik begryp in brief of formulier net
option-letter-kind-understand-helper = De oar begrypt in brief of formulier net
option-letter-kind-disagree = Ik bin it net iens mei in beslút
option-letter-kind-disagree-helper = De oar is it net iens mei in beslút


## Fraach: de wûnderfraach (jo meie him oerslaan)

question-own-words = Wat wolle jo dat der feroaret?
    .hint = Skriuw it op yn jo eigen wurden. Jo meie dizze fraach oerslaan.
    .why = Sa witte jo sels wat jo wichtich fine. Nim it mei nei jo petear. Wy stjoere it nearne hinne.
question-own-words-helper = Wat wol de oar dat der feroaret?
    .hint = Skriuw it tegearre op, yn de wurden fan de oar. Jo meie dizze fraach oerslaan.
    .why = Sa witte jo wat de oar wichtich fynt. Nim it mei nei it petear. Wy stjoere it nearne hinne.


## Fraach: postkoade (jo meie him oerslaan)

question-postcode = Wat is jo postkoade?
    .hint = Jo húsnûmer meie jo ek ynfolje. Dat hoecht net.
    .why = Dan sykje wy it team by jo yn 'e buert. Jo postkoade bliuwt op jo eigen apparaat.
question-postcode-helper = Wat is de postkoade fan de oar?
    .hint = It húsnûmer meie jo ek ynfolje. Dat hoecht net.
    .why = Dan sykje wy it team by de oar yn 'e buert. De postkoade bliuwt op dit apparaat.


## Advys

outcome-unsafe-at-home = Binne jo no yn gefaar? Skilje 112.
    .why = Jo feiligens giet foar alles. Binne jo net yn direkt gefaar? Skilje dan Veilig Thuis. Jo meie anonym skilje.
    .helper = Stel gjin fragen dêr't de oar gjin antwurd op jaan wol. Lit de oar sels skilje, of skilje tegearre.
outcome-unsafe-at-home-helper = Is der no gefaar? Skilje 112.
    .why = Feiligens giet foar alles. Is der gjin direkt gefaar? Skilje dan Veilig Thuis. Jo meie anonym skilje.

outcome-mental-crisis = Praat der no oer mei 113
    .why = Jo hoege dit net allinne te dragen. By 113 harkje se nei jo, dei en nacht. It is fergees en anonym.
    .helper = Bliuw by de oar. Skilje tegearre, of lit de oar chatte. Is der direkt gefaar? Skilje 112.
outcome-mental-crisis-helper = Praat der no tegearre oer mei 113
    .why = De oar hoecht dit net allinne te dragen. Jo ek net. By 113 harkje se, dei en nacht. It is fergees en anonym.

outcome-debt-help = Help by skulden (schuldhulp) kin jo fierder helpe
    .why = Elke gemeente moat help by skulden jaan. Hoe earder jo begjinne, hoe better.
    .helper = Help mei it sammeljen fan de brieven. In frijwilliger fan SchuldHulpMaatje kin meigean.
outcome-debt-help-helper = Help by skulden (schuldhulp) kin de oar fierder helpe
    .why = Elke gemeente moat help by skulden jaan. Hoe earder de oar begjint, hoe better.

outcome-debt-help-urgent = Skilje gau mei de skuldhelp
    .why = Der driget wat slims: jo hûs, jo gas, ljocht of wetter, of jo soarchfersekering. Dan moat de gemeente jo ekstra fluch helpe.
    .helper = Skilje tegearre, hjoed noch. Sis daliks wat der driget en hâld de brief by de hân.
outcome-debt-help-urgent-helper = Skilje gau mei de skuldhelp
    .why = Der driget wat slims: it hûs, gas, ljocht of wetter, of de soarchfersekering fan de oar. Dan moat de gemeente ekstra fluch helpe.

outcome-job-loss = Gean earst nei UWV
    .why = Binne jo jo wurk kwyt? Dan krije jo miskien in WW-útkearing (WW-uitkering). Dy regelje jo by UWV, net by de gemeente.
    .helper = Help mei it ynloggen op werk.nl. Sjoch tegearre oft de WW genôch is om fan te libjen.
outcome-job-loss-helper = Gean earst nei UWV
    .why = Is de oar it wurk kwyt? Dan kriget hy of sy miskien in WW-útkearing (WW-uitkering). Dy regelet de oar by UWV, net by de gemeente.

outcome-income-support = De gemeente kin jo helpe mei bystân
    .why = Hawwe jo gjin of te min ynkommen? Dan kinne jo de gemeente om bystân (bijstand) freegje.
    .helper = Freegje tegearre om in foarskot (voorschot) as der no gjin jild is. Dat is in rjocht.
outcome-income-support-helper = De gemeente kin de oar helpe mei bystân
    .why = Hat de oar gjin of te min ynkommen? Dan kin hy of sy de gemeente om bystân (bijstand) freegje.

outcome-income-support-young = De gemeente kin jo helpe mei bystân
    .why = Hawwe jo gjin of te min ynkommen? Dan kinne jo de gemeente om bystân (bijstand) freegje. Foar jongelju jildt in ekstra regel.
    .helper = Sykje tegearre nei wurk of in oplieding. Skriuw op wat jo dogge. Dat helpt by de oanfraach.
outcome-income-support-young-helper = De gemeente kin de oar helpe mei bystân
    .why = Hat de oar gjin of te min ynkommen? Dan kin hy of sy de gemeente om bystân (bijstand) freegje. Foar jongelju jildt in ekstra regel.
    .helper = Sykje tegearre nei wurk of in oplieding. Skriuw op wat de oar docht. Dat helpt by de oanfraach.

outcome-wmo-household = De gemeente kin jo thús helpe
    .why = Slagget it húshâlden of josels fersoargje net mear? Dan kin de gemeente sjen hokker help by jo past.
    .helper = Gean mei nei it petear. In cliëntondersteuner kin ek mei. Dat is fergees.
outcome-wmo-household-helper = De gemeente kin de oar thús helpe
    .why = Slagget it húshâlden of himsels fersoargje de oar net mear? Dan sjocht de gemeente hokker help past.

outcome-wmo-adaptation = De gemeente kin jo helpe mei in oanpassing
    .why = Hawwe jo in oanpassing yn 'e hûs nedich? Of in rolstoel of ferfier? De gemeente kin helpe.
    .helper = Meitsje tegearre foto's fan wat thús dreech giet. Dat helpt yn it petear.
outcome-wmo-adaptation-helper = De gemeente kin de oar helpe mei in oanpassing
    .why = Hat de oar in oanpassing yn 'e hûs nedich? Of in rolstoel of ferfier? De gemeente kin helpe.

outcome-child-worry = Praat oer jo soargen om jo bern
    .why = It Centrum voor Jeugd en Gezin helpt âlden en bern. Jo binne der wolkom mei elke fraach.
    .helper = Nim de soargen serieus. Gean tegearre nei it earste petear as de âlder dat wol.
outcome-child-worry-helper = Praat oer de soargen om it bern
    .why = It Centrum voor Jeugd en Gezin helpt âlden en bern. Elkenien is der wolkom mei elke fraach.

outcome-child-unsafe = Is jo bern no yn gefaar? Skilje 112.
    .why = De feiligens fan jo bern giet foar alles. Veilig Thuis wit wat jo dwaan kinne.
    .helper = Skilje tegearre mei Veilig Thuis. Jo meie ek skilje as jo it net wis witte.
outcome-child-unsafe-helper = Is it bern no yn gefaar? Skilje 112.
    .why = De feiligens fan it bern giet foar alles. Veilig Thuis wit wat jo dwaan kinne.

outcome-carer-support = Der is help foar mantelsoargers
    .why = Soargje jo foar ien? Dan binne jo mantelsoarger (mantelzorger). Jo meie ek help freegje.
    .helper = Freegje hoe't it mei de mantelsoarger sels giet. Dat ferjitte minsken faak.
outcome-carer-support-helper = Der is help foar mantelsoargers
    .why = Soarget de oar foar ien? Dan is hy of sy mantelsoarger (mantelzorger). De oar mei ek help freegje.

outcome-loneliness = Der binne minsken by jo yn 'e buert
    .why = In soad minsken fiele har soms allinne. Yn 'e buert kinne jo oaren moetsje.
    .helper = Gean de earste kear mei nei in aktiviteit. Dat makket de stap lytser.
outcome-loneliness-helper = Der binne minsken by de oar yn 'e buert
    .why = In soad minsken fiele har soms allinne. Yn 'e buert kin de oar minsken moetsje.

# REVIEW(fy): "wolwêzenswurk" for Dutch "welzijnswerk"; check the usual Frisian word.
outcome-taking-part = Doch mei yn 'e buert
    .why = Wat dwaan oerdei jout rêst en kontakt. It wolwêzenswurk (welzijnswerk) helpt jo wat te finen dat by jo past.
    .helper = Freegje wat de oar graach docht of goed kin. Begjin lyts.
outcome-taking-part-helper = Meidwaan yn 'e buert
    .why = Wat dwaan oerdei jout rêst en kontakt. It wolwêzenswurk (welzijnswerk) helpt de oar wat te finen dat past.

outcome-letter-help = Lês de brief tegearre mei ien
    .why = De sociaal raadslieden helpe fergees mei brieven en formulieren.
    .helper = Sjoch tegearre nei de datum op de brief. Wachtsje net te lang.

outcome-objection-help = Jo meie litte witte dat jo it net iens binne
    .why = Binne jo it net iens mei in beslút? Dan kinne jo beswier meitsje (bezwaar maken). Dêr is in termyn foar.
    .helper = Let op de datum op de brief. Help mei it skriuwen, of gean tegearre nei de raadslieden.
outcome-objection-help-helper = De oar mei litte witte dat hy of sy it net iens is
    .why = Is de oar it net iens mei in beslút? Dan kin hy of sy beswier meitsje (bezwaar maken). Dêr is in termyn foar.

outcome-health-support = Praat mei jo húsdokter en it wykteam
    .why = Jo húsdokter (huisarts) helpt mei jo sûnens. It wykteam (wijkteam) helpt mei wat der fierder spilet.
    .helper = Gean mei nei de húsdokter as de oar dat wol. Skriuw tegearre op wat der spilet.
outcome-health-support-helper = Praat mei de húsdokter en it wykteam
    .why = De húsdokter (huisarts) helpt mei de sûnens fan de oar. It wykteam (wijkteam) helpt mei wat der fierder spilet.

outcome-worry-about-someone = Meld jo soargen oer de oar
    .why = Meitsje jo jo soargen om ien, mar is it net akuut? Dan kinne jo it meldpunt skilje.
    .helper = Skriuw op wat jo seagen, wêr en wannear. Dat helpt it meldpunt.

# REVIEW(fy): "ûnderfiningsdeskundige" for Dutch "ervaringsdeskundige"; check the term.
outcome-several-problems = Ien team helpt jo mei alles
    .why = Spilet der in soad tagelyk? Dan helpt it sosjaal wykteam (sociaal wijkteam) jo. Jo hoege jo ferhaal mar ien kear te dwaan.
    .helper = Meitsje tegearre in listje fan wat de measte soargen jout. In ûnderfiningsdeskundige kin ek helpe.
outcome-several-problems-helper = Ien team helpt de oar mei alles
    .why = Spilet der in soad tagelyk? Dan helpt it sosjaal wykteam (sociaal wijkteam) de oar. Hy of sy hoecht it ferhaal mar ien kear te dwaan.

outcome-ask-gemeente = Skilje de gemeente
    .why = De gemeente harket nei jo fraach. Se sykje tegearre mei jo de goede help.
    .helper = Skilje tegearre. Skriuw de fraach foarôf op.
outcome-ask-gemeente-helper = Skilje de gemeente
    .why = De gemeente harket nei de fraach. Se sykje tegearre mei jim de goede help.


## Wat bart der no? ($term is de termyn, bygelyks "6 wiken")

step-danger-call-112 = Binne jo no yn gefaar? Skilje 112.
step-danger-call-112-helper = Is der no gefaar? Skilje 112.
step-danger-now-112 = Is der no gefaar? Skilje 112.
step-veilig-thuis-call = Skilje Veilig Thuis. Se binne der dei en nacht. Jo meie anonym skilje.
step-veilig-thuis-child = Skilje Veilig Thuis. Se tinke mei jo mei oer jo bern.
step-veilig-thuis-child-helper = Skilje Veilig Thuis. Se tinke mei jo mei oer it bern.
step-veilig-thuis-helps = Veilig Thuis jout advys. As jo dat wolle, regelje se help.
step-veilig-thuis-helps-helper = Veilig Thuis jout advys. As de oar dat wol, regelje se help.
step-safe-place = Kinne jo net thús bliuwe? Veilig Thuis siket mei jo nei in feilich plak (opvang).
step-safe-place-helper = Kin de oar net thús bliuwe? Veilig Thuis siket mei nei in feilich plak (opvang).
step-child-can-call = Jo bern kin ek sels de Kindertelefoon skilje of chatte. Dat is fergees.
step-child-can-call-helper = It bern kin ek sels de Kindertelefoon skilje of chatte. Dat is fergees.

step-call-113-now = Skilje of chat no mei 113. It is fergees en anonym.
step-no-forms = Jo hoege neat yn te foljen.
step-no-forms-helper = Jim hoege neat yn te foljen.
step-huisarts-soon = Praat ek mei jo húsdokter. Jûns en yn it wykein skilje jo de húsdokterspost (huisartsenpost).
step-huisarts-soon-helper = Praat ek mei de húsdokter fan de oar. Jûns en yn it wykein skilje jo de húsdokterspost (huisartsenpost).

# REVIEW(fy): "spreekoere" for Dutch "spreekuur" (a walk-in hour); check the usual Frisian word.
step-debt-sign-up = Skilje of mail de skuldhelp. Jo kinne ek lâns komme op it spreekoere.
step-debt-intake = Binnen { $term } hawwe jo in earste petear (intakegesprek).
step-debt-intake-helper = Binnen { $term } hat de oar in earste petear (intakegesprek).
step-debt-threat-later = Moatte jo dochs jo hûs út, of sille se ôfslute? Sis it daliks.
step-debt-threat-later-helper = Moat de oar dochs it hûs út, of sille se ôfslute? Sis it daliks.
step-debt-say-urgent = Sis daliks wat der driget. Nim de brief dêroer mei.
step-debt-intake-urgent = Dan hawwe jo binnen { $term } in earste petear (intakegesprek).
step-debt-intake-urgent-helper = Dan hat de oar binnen { $term } in earste petear (intakegesprek).
step-debt-decision = Dêrnei krije jo in brief mei it beslút. Dat duorret meastal sa'n { $term }.
step-debt-decision-helper = Dêrnei kriget de oar in brief mei it beslút. Dat duorret meastal sa'n { $term }.
step-debt-cost = Meastal kostet dizze help jo neat. Freegje it gerust.
step-debt-cost-helper = Meastal kostet dizze help de oar neat. Freegje it gerust.

step-uwv-ww = Freegje by UWV om in WW-útkearing. Dat kin fia werk.nl.
step-ww-too-low = Krije jo gjin WW, of is it te min? Dan kin de gemeente helpe.
step-ww-too-low-helper = Kriget de oar gjin WW, of is it te min? Dan kin de gemeente helpe.
step-dismissal-advice = Binne jo it net iens mei jo ûntslach? It Juridisch Loket jout advys.
step-dismissal-advice-helper = Is de oar it net iens mei it ûntslach? It Juridisch Loket jout advys.
step-toeslagen-check = Sjoch oft jo rjocht hawwe op taslaggen (toeslagen). De sociaal raadslieden helpe jo.
step-toeslagen-check-helper = Sjoch oft de oar rjocht hat op taslaggen (toeslagen). De sociaal raadslieden helpe dêrby.

step-bijstand-sign-up = Meld jo earst op werk.nl. Dêrnei nimt de gemeente kontakt mei jo op.
step-bijstand-sign-up-helper = De oar meldt him of har earst op werk.nl. Dêrnei nimt de gemeente kontakt op.
step-money-today = Hawwe jo no gjin jild foar iten of hier? Sis dat daliks.
step-money-today-helper = Hat de oar no gjin jild foar iten of hier? Sis dat daliks.
step-bijstand-advance = Is der nei { $term } noch gjin beslút? Dan krije jo in foarskot (voorschot): jild foarôf.
step-bijstand-advance-helper = Is der nei { $term } noch gjin beslút? Dan kriget de oar in foarskot (voorschot): jild foarôf.
step-bijstand-decision = Binnen { $term } krije jo in brief mei it beslút.
step-bijstand-decision-helper = Binnen { $term } kriget de oar in brief mei it beslút.
step-special-costs = Hawwe jo hege kosten dy't jo net betelje kinne? Freegje nei bysûndere bystân (bijzondere bijstand).
step-special-costs-helper = Hat de oar hege kosten dy't net te beteljen binne? Freegje nei bysûndere bystân (bijzondere bijstand).
step-young-search = Jo binne jonger as 27. Dan sykje jo earst { $term } nei wurk of skoalle.
step-young-search-helper = De oar is jonger as 27. Dan siket hy of sy earst { $term } nei wurk of skoalle.
step-young-rule-may-change = Dizze regel kin feroarje. Freegje wat no jildt.

step-wmo-melding = Jo fertelle de gemeente wat jo nedich hawwe. Dat hjit in Wmo-melding. Jo krije in befêstiging.
step-wmo-melding-helper = De oar fertelt de gemeente wat nedich is. Dat hjit in Wmo-melding. Jo meie dêrby helpe. De oar kriget in befêstiging.
step-wmo-own-plan = Wolle jo sels in plan skriuwe? Dat mei. Jo hawwe der { $term } foar (persoonlijk plan).
step-wmo-own-plan-helper = Wol de oar sels in plan skriuwe? Dat mei. Der is { $term } foar (persoonlijk plan).
step-wmo-talk = Binnen { $term } praat ien mei jo, faak by jo thús (keukentafelgesprek).
step-wmo-talk-helper = Binnen { $term } praat ien mei de oar, faak by de oar thús (keukentafelgesprek).
step-wmo-talk-adaptation = Binnen { $term } praat ien mei jo. Soms komt der in ergoterapeut mei.
step-wmo-talk-adaptation-helper = Binnen { $term } praat ien mei de oar. Soms komt der in ergoterapeut mei.
step-wmo-bring-someone = Jo meie ien meinimme nei it petear. Bygelyks famylje of in cliëntondersteuner.
step-wmo-bring-someone-helper = De oar mei ien meinimme nei it petear. Bygelyks jo, of in cliëntondersteuner.
step-wmo-report = Dêrnei krije jo in ferslach. Klopt der wat net? Sis it dan.
step-wmo-report-helper = Dêrnei kriget de oar in ferslach. Klopt der wat net? Sis it dan.
step-wmo-decision = Freegje jo om help? Dan krije jo binnen { $term } in brief mei it beslút (beschikking).
step-wmo-decision-helper = Freget de oar om help? Dan kriget hy of sy binnen { $term } in brief mei it beslút (beschikking).
step-wmo-urgent = Is it driuwend? Sis dat daliks. Dan kin der gau tydlike help komme.
step-wmo-cost = Foar de measte help betelje jo in fêst bedrach yn 'e moanne (eigen bijdrage). It CAK stjoert de rekken.
step-wmo-cost-helper = Foar de measte help betellet de oar in fêst bedrach yn 'e moanne (eigen bijdrage). It CAK stjoert de rekken.
step-wmo-delivery = Dêrnei duorret it noch efkes. In rolstoel of in ferbouwing kostet tiid.
# REVIEW(fy): "ferhierder" for Dutch "verhuurder" (landlord); check the usual word.
step-rented-home = Hiere jo jo hûs? Fertel it dan ek oan jo ferhierder.
step-rented-home-helper = Hiert de oar it hûs? Fertel it dan ek oan de ferhierder.
step-objection = Binne jo it net iens mei it beslút? Lit it binnen { $term } witte (bezwaar maken).
step-objection-helper = Is de oar it net iens mei it beslút? Lit it binnen { $term } witte (bezwaar maken).

step-jeugd-talk = Jo hawwe earst in petear, faak mei it hiele gesin.
step-jeugd-talk-helper = Earst is der in petear, faak mei it hiele gesin.
step-jeugd-plan = Tegearre meitsje jo in plan foar jo gesin (gezinsplan).
step-jeugd-plan-helper = Tegearre makket it gesin in plan (gezinsplan).
step-jeugd-decision = Is der spesjale help nedich (jeugdhulp)? Dan krije jo binnen { $term } in brief mei it beslút.
step-jeugd-decision-helper = Is der spesjale help nedich (jeugdhulp)? Dan kriget it gesin binnen { $term } in brief mei it beslút.
step-jeugd-urgent = Is it driuwend? Sis dat. Dan komt der daliks help.
step-jeugd-huisarts = Jo húsdokter kin jo ek direkt trochstjoere nei jeugdhulp.
step-jeugd-huisarts-helper = De húsdokter kin it gesin ek direkt trochstjoere nei jeugdhulp.

step-carer-contact = Nim kontakt op mei it stipepunt (steunpunt). Se harkje en tinke mei jo mei.
step-carer-contact-helper = Nim kontakt op mei it stipepunt (steunpunt). Se harkje en tinke mei.
step-carer-break = Hawwe jo rêst nedich? Freegje nei ien dy't de soarch efkes oernimt (respijtzorg).
step-carer-break-helper = Hat de oar rêst nedich? Freegje nei ien dy't de soarch efkes oernimt (respijtzorg).
step-carer-wmo = Hat de oar mear help nedich? Meld dat by de gemeente. Binnen { $term } is der in petear.
step-carer-wmo-helper = Is der mear help nedich foar wa't fersoarge wurdt? Meld dat by de gemeente. Binnen { $term } is der in petear.
step-carer-thanks = Elk jier betanket de gemeente mantelsoargers (mantelzorgwaardering). It stipepunt fertelt jo hoe.
step-carer-thanks-helper = Elk jier betanket de gemeente mantelsoargers (mantelzorgwaardering). It stipepunt fertelt hoe.

step-welzijn-contact = Skilje of rin binnen by it wolwêzenswurk. Foar de measte aktiviteiten is der gjin wachtlist.
step-welzijn-visit = Ien skilt jo werom of komt by jo lâns.
step-welzijn-visit-helper = Ien skilt werom of komt by de oar lâns.
step-talk-now = Wolle jo no mei ien prate? De Luisterlijn is der dei en nacht.
step-talk-now-helper = Wol de oar no mei ien prate? De Luisterlijn is der dei en nacht.
step-feeling-down = Fiele jo jo faak somber? Praat der ek oer mei jo húsdokter.
step-feeling-down-helper = Fielt de oar him of har faak somber? Praat der ek oer mei de húsdokter.
step-ending-life-113 = Tinke jo oan selsdeading? Skilje of chat dan mei 113.
step-ending-life-113-helper = Tinkt de oar oan selsdeading? Skilje of chat dan tegearre mei 113.
step-taking-part-choose = Tegearre sjogge jo wat by jo past. Bygelyks frijwilligerswurk, in kursus of in aktiviteit.
step-taking-part-choose-helper = Tegearre sjogge jim wat by de oar past. Bygelyks frijwilligerswurk, in kursus of in aktiviteit.
step-day-activities = Hawwe jo mear help nedich om oerdei wat te dwaan? Freegje de gemeente nei deibesteging (dagbesteding).
step-day-activities-helper = Hat de oar mear help nedich om oerdei wat te dwaan? Freegje de gemeente nei deibesteging (dagbesteding).

step-raadslieden-contact = Meitsje in ôfspraak by de sociaal raadslieden. Of kom nei it spreekoere.
step-raadslieden-read = Jo lêze de brief tegearre. Se lizze út wat jo dwaan moatte.
step-raadslieden-read-helper = Jim lêze de brief tegearre. Se lizze út wat der barre moat.
step-letter-date = Stiet der in datum yn 'e brief? Wachtsje dan net te lang.
step-objection-deadline = Jo hawwe { $term } om beswier te meitsjen. Jo telle fan de datum op de brief ôf.
step-objection-deadline-helper = De oar hat { $term } om beswier te meitsjen. Tel fan de datum op de brief ôf.
step-objection-write = De sociaal raadslieden helpe jo de brief te skriuwen.
step-objection-write-helper = De sociaal raadslieden helpe mei it skriuwen fan de brief.
step-objection-call = Faak skilt de gemeente jo earst. Dan prate jo der tegearre oer.
step-objection-call-helper = Faak skilt de gemeente de oar earst. Dan prate se der tegearre oer.
step-objection-legal = Giet it om in soad jild, of om in rjochtsaak? Freegje it Juridisch Loket om advys.

step-huisarts-first = Meitsje in ôfspraak mei jo eigen húsdokter.
step-huisarts-first-helper = Meitsje in ôfspraak mei de húsdokter fan de oar.
step-huisartsenpost-call-first = Is it driuwend, jûns of yn it wykein? Skilje de húsdokterspost. Gean der net hinne sûnder te skiljen.
step-wijkteam-more = Spilet der mear, lykas jild of iensumens? It wykteam helpt jo fierder.
step-wijkteam-more-helper = Spilet der mear, lykas jild of iensumens? It wykteam helpt fierder.

step-meldpunt-call = Skilje it meldpunt. Fertel wat jo sjogge en wêr.
step-meldpunt-forward = It meldpunt stjoert jo melding troch nei de gemeente fan de oar. Dêr sjogge se wat nedich is.
step-abuse-veilig-thuis = Tinke jo dat de oar mishannele wurdt? Skilje dan Veilig Thuis.

step-one-talk = Jo hawwe ien petear oer alles wat der spilet.
step-one-talk-helper = De oar hat ien petear oer alles wat der spilet.
step-one-plan = Tegearre meitsje jo ien plan. Jo krije ien fêste kontaktpersoan.
step-one-plan-helper = Tegearre meitsje jim ien plan. De oar kriget ien fêste kontaktpersoan.
step-tell-once = Jo hoege jo ferhaal mar ien kear te dwaan.
step-tell-once-helper = De oar hoecht it ferhaal mar ien kear te dwaan.
step-bring-in-desks = It wykteam hellet sels de oare help derby.
step-several-debt-urgent = Moatte jo jo hûs út, of sille se ôfslute? Sis it daliks. Dan is der binnen { $term } in petear oer jo skulden.
step-several-debt-urgent-helper = Moat de oar it hûs út, of sille se ôfslute? Sis it daliks. Dan is der binnen { $term } in petear oer de skulden.
step-several-wmo = Hawwe jo help thús nedich? Dan is der binnen { $term } in petear, faak by jo thús.
step-several-wmo-helper = Hat de oar help thús nedich? Dan is der binnen { $term } in petear, faak by de oar thús.

step-gemeente-listens = Skilje de gemeente. Se harkje en sykje mei jo út wa't jo helpe kin.
step-gemeente-listens-helper = Skilje de gemeente. Se harkje en sykje út wa't de oar helpe kin.
step-gemeente-walk-in = Jo kinne ek lâns komme op it spreekoere.
step-gemeente-walk-in-helper = Jim kinne ek lâns komme op it spreekoere.

step-no-news-call = Hearre jo neat nei { $term }? Skilje dan sels.
step-no-news-call-helper = Hearre jim neat nei { $term }? Skilje dan sels.
step-may-take-longer = Soms duorret it langer as de wet seit. Freegje dan gerust hoe't it derfoar stiet.


## Nim mei

bring-id = Jo identiteitsbewiis (paspoart, identiteitskaart of rydbewiis)
bring-id-helper = It identiteitsbewiis fan de oar (paspoart, identiteitskaart of rydbewiis)
bring-debt-letters = Alle brieven oer jo skulden, ek oanmaningen en brieven fan de deurwaarder
bring-debt-letters-helper = Alle brieven oer de skulden, ek oanmaningen en brieven fan de deurwaarder
bring-income-proof = Jo leanstrookje (loonstrook) of de brief oer jo útkearing
bring-income-proof-helper = It leanstrookje (loonstrook) fan de oar, of de brief oer de útkearing
bring-bank-statements = Jo bankôfskriften fan de lêste 3 moanne
bring-bank-statements-helper = De bankôfskriften fan de oar fan de lêste 3 moanne
bring-rent-contract = Jo hierkontrakt
bring-rent-contract-helper = It hierkontrakt fan de oar
bring-rent-mortgage = Jo hierkontrakt of jo hypoteekpapieren
bring-rent-mortgage-helper = It hierkontrakt of de hypoteekpapieren fan de oar
bring-work-papers = Jo ûntslachbrief of jo arbeidskontrakt
bring-work-papers-helper = De ûntslachbrief of it arbeidskontrakt fan de oar
bring-household-income = Wat elkenien yn jo hûs fertsjinnet
bring-household-income-helper = Wat elkenien yn it hûs fan de oar fertsjinnet
bring-savings = In oersjoch fan jo sparjild
bring-savings-helper = In oersjoch fan it sparjild fan de oar
bring-what-is-hard = Wat net mear slagget, en sûnt wannear
bring-medicine-list = Jo medisynlist of brieven fan jo dokter, as jo dy hawwe
bring-medicine-list-helper = De medisynlist of brieven fan de dokter, as de oar dy hat
bring-who-helps = Wa't jo no helpt, bygelyks famylje of buorlju
bring-who-helps-helper = Wa't de oar no helpt, bygelyks famylje of buorlju
bring-own-plan = Jo eigen plan, as jo dat skriuwe wolle
bring-own-plan-helper = It eigen plan fan de oar, as hy of sy dat skriuwe wol
bring-what-cannot = Wat jo thús of bûten net mear kinne
bring-what-cannot-helper = Wat de oar thús of bûten net mear kin
bring-medical-info = Brieven fan jo dokter, as jo dy hawwe
bring-medical-info-helper = Brieven fan de dokter, as de oar dy hat
bring-landlord = Hiere jo? De namme en it telefoannûmer fan jo ferhierder
bring-landlord-helper = Hiert de oar? De namme en it telefoannûmer fan de ferhierder
bring-photos = Maten of foto's fan jo hûs, as jo dy hawwe
bring-photos-helper = Maten of foto's fan it hûs, as dy der binne
bring-what-worries = Wat jo soargen makket, en sûnt wannear
bring-what-worries-helper = Wat soargen makket, en sûnt wannear
bring-school-doctor = Nammen fan de skoalle, de húsdokter of de jeugddokter (jeugdarts)
bring-earlier-reports = Eardere ferslaggen of brieven, as jo dy hawwe
bring-earlier-reports-helper = Eardere ferslaggen of brieven, as dy der binne
bring-care-tasks = Wat jo allegear dogge, en hoefolle oeren yn 'e wike
bring-care-tasks-helper = Wat de oar allegear docht, en hoefolle oeren yn 'e wike
bring-who-else-helps = Wa't der noch mear helpt
bring-what-you-need = Wat jo nedich hawwe: rêst, praktyske help of ien om mei te praten
bring-what-you-need-helper = Wat de oar nedich hat: rêst, praktyske help of ien om mei te praten
bring-nothing-needed = Jo hoege neat mei te nimmen.
bring-nothing-needed-helper = Jim hoege neat mei te nimmen.
bring-the-letter = De brief, mei de slúf. Dêr stiet de datum op.
bring-earlier-letters = Eardere brieven oer itselde
bring-what-you-notice = Wat jo merke, en sûnt wannear
bring-what-you-notice-helper = Wat jim merke, en sûnt wannear
bring-what-you-saw = Wat jo seagen, wêr en sûnt wannear
bring-what-you-saw-helper = Wat der barde, wêr en sûnt wannear
bring-letters-you-have = De brieven dy't jo hawwe
bring-letters-you-have-helper = De brieven dy't de oar hat
bring-worries-list = In listje mei wat jo de measte soargen jout
bring-worries-list-helper = In listje mei wat de measte soargen jout


## Tsjinsten: ien koarte rigel per tsjinst

service-gemeente-contact = Foar al jo fragen oan de gemeente. Se sykje mei jo út wa't jo helpe kin.
service-gemeente-contact-helper = Foar alle fragen oan de gemeente. Se sykje mei út wa't de oar helpe kin.
service-wmo-loket = Hjir melde jo jo foar help thús, in oanpassing of ferfier.
service-wmo-loket-helper = Hjir meldt de oar him of har foar help thús, in oanpassing of ferfier.
service-wijkteams = De sosjale wykteams helpe as der in soad tagelyk spilet. Dit nûmer is foar alle wiken.
service-wijkteam-noord = It team foar de wyk Noord. Ien kontaktpersoan foar al jo fragen.
service-wijkteam-noord-helper = It team foar de wyk Noord. Ien kontaktpersoan foar alle fragen.
service-wijkteam-centrum = It team foar de wyk Centrum. Ien kontaktpersoan foar al jo fragen.
service-wijkteam-centrum-helper = It team foar de wyk Centrum. Ien kontaktpersoan foar alle fragen.
service-wijkteam-zuid = It team foar de wyk Zuid. Ien kontaktpersoan foar al jo fragen.
service-wijkteam-zuid-helper = It team foar de wyk Zuid. Ien kontaktpersoan foar alle fragen.
service-jeugd-gezin = Foar fragen oer opfieding en opgroeien, fan swangerskip oant 23 jier.
service-werk-inkomen = Foar bystân, help by hege kosten en help by wurk sykjen.
service-schuldhulp = Helpt jo mei skulden en rekkens. Jo krije in fêste kontaktpersoan.
service-schuldhulp-helper = Helpt de oar mei skulden en rekkens. De oar kriget in fêste kontaktpersoan.
service-clientondersteuning = Ien dy't allinne oan jo kant stiet. Hy of sy giet mei nei petearen en helpt mei brieven. Dat is fergees.
service-clientondersteuning-helper = Ien dy't allinne oan de kant fan de oar stiet. Hy of sy giet mei nei petearen en helpt mei brieven. Dat is fergees.
service-mantelzorg-steunpunt = Foar mantelsoargers: advys, efkes rêst en kontakt mei oaren.
service-welzijn = Buorrehuzen, aktiviteiten, in maatje en help mei formulieren.
service-schuldhulpmaatje = In frijwilliger helpt jo mei jo jild en jo papieren.
service-schuldhulpmaatje-helper = In frijwilliger helpt de oar mei jild en papieren.
service-voedselbank = Iten as jo efkes gjin jild hawwe foar boadskippen.
service-voedselbank-helper = Iten as de oar efkes gjin jild hat foar boadskippen.
service-vrijwilligerscentrale = Frijwilligerswurk, in maatje of ferfier troch frijwilligers.
service-sociaal-raadslieden = Fergees help mei brieven, taslaggen, belesting en beswier.
service-huisarts = Jo eigen húsdokter. Op thuisarts.nl lêze jo mear oer jo sûnens.
service-huisarts-helper = De eigen húsdokter fan de oar. Op thuisarts.nl lêze jo mear oer sûnens.
service-huisartsenpost = Driuwende soarch jûns, nachts en yn it wykein. Skilje altyd earst.
service-alarm-112 = By direkt gefaar: plysje, ambulânse of brânwacht.
service-zelfmoordpreventie-113 = Tinke jo oan selsdeading? Praat der oer, dei en nacht. Fergees en anonym.
service-zelfmoordpreventie-113-helper = Tinkt de oar oan selsdeading? Praat der oer, dei en nacht. Ek as jo jo soargen meitsje. Fergees en anonym.
service-veilig-thuis = By geweld of mishanneling thús. Foar advys of in melding, dei en nacht.
service-kindertelefoon = Foar bern en jongelju fan 8 oant 18 jier. Skilje of chatte.
service-geldfit = Help by jildsoargen. Jo hoege allinne jo postkoade te neamen.
service-geldfit-helper = Help by jildsoargen. Jo hoege allinne de postkoade te neamen.
service-luisterlijn = Ien dy't nei jo harket, dei en nacht.
service-luisterlijn-helper = Ien dy't harket, dei en nacht. Foar de oar en foar jo.
service-mantelzorglijn = Foar fragen fan mantelsoargers, op wurkdagen.
service-meldpunt-zorgwekkend-gedrag = Meitsje jo jo soargen om ien, mar is it net akuut? Skilje dit meldpunt.
service-juridisch-loket = Advys oer jo rjochten, bygelyks by hier, ûntslach of in beslút.
service-juridisch-loket-helper = Advys oer rjochten, bygelyks by hier, ûntslach of in beslút.
service-cak = Fragen oer wat jo sels betelje foar help fan de gemeente (eigen bijdrage).
service-cak-helper = Fragen oer wat de oar sels betellet foar help fan de gemeente (eigen bijdrage).
service-uwv = Foar WW, sykte en arbeidsûngeskiktens. Jo melde jo fia werk.nl.
service-uwv-helper = Foar WW, sykte en arbeidsûngeskiktens. De oar meldt him of har fia werk.nl.
service-ciz = Foar wa't altyd soarch tichtby nedich hat, bygelyks yn in ferpleechhûs.


## Jongeren (ûnder de 18)

# REVIEW(fy): nije teksten (jongerepaden, bûten de gemeente, driuwend by in soad tagelyk), machine-assisted.
question-young = Binne jo jonger as 18 jier?
    .hint = Dit freegje wy allinne om't der foar jongeren oare help is.
    .why = Foar jongeren ûnder de 18 is der help dy't by jo past. Jo hoege it net earst oan jo âlden te freegjen.
question-young-helper = Is de oar jonger as 18 jier?
    .hint = Dit freegje wy allinne om't der foar jongeren oare help is.
    .why = Foar jongeren ûnder de 18 is der help dy't past. De jongere hoecht it net earst oan de âlden te freegjen.

outcome-young-carer = Der is help foar jongeren dy't thús soargje
    .why = Soargje jo thús foar jo heit, mem, broer of suster? Dan binne jo in jonge mantelsoarger (mantelzorger). Jo meie ek help freegje.
    .helper = Freegje hoe't it mei de jongere sels giet. Skoalle en freonen binne ek wichtich.
outcome-young-carer-helper = Der is help foar jongeren dy't thús soargje
    .why = Soarget de jongere thús foar in heit, mem, broer of suster? Dan is hy of sy in jonge mantelsoarger (mantelzorger). De jongere mei ek help freegje.
outcome-young-worries = Praat der oer mei ien
    .why = Meitsje jo jo soargen oer thús? Jo hoege it net allinne op te lossen. Der binne minsken dy't nei jo harkje.
    .helper = Lit de jongere sels kieze mei wa't hy of sy praat.
outcome-young-worries-helper = Praat der oer mei ien
    .why = Makket de jongere him of har soargen oer thús? Hy of sy hoecht it net allinne op te lossen. Der binne minsken dy't harkje.
outcome-young-money = Der is help by jildsoargen foar jongeren
    .why = Jildsoargen binne swier, ek as jo jong binne. It jongerewurk (jongerenwerk) helpt jo fergees.
    .helper = Sjoch tegearre nei de brieven. Sykje net alles sels út.
outcome-young-money-helper = Der is help by jildsoargen foar jongeren
    .why = Jildsoargen binne swier, ek foar jongeren. It jongerewurk (jongerenwerk) helpt de jongere fergees.

step-young-carer-contact = Skilje of mail it stipepunt mantelsoarch (steunpunt mantelzorg). Sis dat jo jonger binne as 18. Se hawwe ien foar jongeren.
step-young-carer-contact-helper = Skilje of mail it stipepunt mantelsoarch (steunpunt mantelzorg). Sis dat de jongere jonger is as 18. Se hawwe ien foar jongeren.
step-young-talk-now = Wolle jo no mei ien prate? Skilje of chat fergees mei de Kindertelefoon. Jo hoege jo namme net te sizzen.
step-young-talk-now-helper = Wol de jongere no mei ien prate? Skilje of chatte mei de Kindertelefoon is fergees. In namme sizze hoecht net.
step-young-own-choice = Jo kieze sels oft jo jo âlden fertelle dat jo help freegje.
step-young-own-choice-helper = De jongere kiest sels oft hy of sy de âlden oer de help fertelt.
step-young-school = Jo kinne it ek fertelle oan ien op skoalle, lykas jo mentor.
step-young-school-helper = De jongere kin it ek fertelle oan ien op skoalle, lykas de mentor.
step-young-not-alone = In soad jongeren soargje thús mei. Jo binne net de iennichste.
step-young-not-alone-helper = In soad jongeren soargje thús mei. De jongere is net de iennichste.
step-young-cjg = It Centrum voor Jeugd en Gezin (CJG) helpt jongeren en gesinnen. Jo meie sels skilje.
step-young-cjg-helper = It Centrum voor Jeugd en Gezin (CJG) helpt jongeren en gesinnen. De jongere mei sels skilje.
step-young-unsafe-home = Is it thús net feilich? Skilje Veilig Thuis: 0800-2000. Dat mei ek as jo jong binne.
step-young-unsafe-home-helper = Is it thús net feilich? Skilje Veilig Thuis: 0800-2000. De jongere mei ek sels skilje.
step-young-money-talk = Praat mei ien dy't jo fertrouwe oer jo jildsoargen.
step-young-money-talk-helper = De jongere kin oer de jildsoargen prate mei ien dy't hy of sy fertrout.
step-young-money-jongerenwerk = It jongerewurk (jongerenwerk) helpt jo fergees mei jo jild en jo brieven.
step-young-money-jongerenwerk-helper = It jongerewurk (jongerenwerk) helpt de jongere fergees mei jild en brieven.
step-young-money-geldfit = Jo kinne ek anonym skilje mei Geldfit.

service-jongerenwerk = Foar jongeren: in plak om te praten, aktiviteiten en help mei jild en papieren.


## Postkoade bûten de gemeente

outcome-outside-gemeente = Jo wenje net yn dizze gemeente
    .why = Jo postkoade heart net by dizze gemeente. Jo eigen gemeente helpt jo fierder. Lanlike helplinen helpe jo oeral.
outcome-outside-gemeente-helper = De oar wennet net yn dizze gemeente
    .why = De postkoade heart net by dizze gemeente. De eigen gemeente fan de oar helpt fierder. Lanlike helplinen helpe oeral.
step-outside-not-here = De help op dizze website is allinne foar ynwenners fan dizze gemeente.
step-outside-call-14 = Skilje jo eigen gemeente: 14 en dan it netnûmer fan jo wenplak. Bygelyks 14 020 yn Amsterdam.
step-outside-call-14-helper = Skilje de gemeente fan de oar: 14 en dan it netnûmer fan it wenplak. Bygelyks 14 020 yn Amsterdam.
step-outside-find = Witte jo net by hokker gemeente jo hearre? Sykje jo postkoade op by overheid.nl.
step-outside-find-helper = Witte jo net by hokker gemeente de oar heart? Sykje de postkoade op by overheid.nl.
step-outside-national = De helplinen hjirûnder helpe jo, wêr't jo ek wenje.
step-outside-national-helper = De helplinen hjirûnder helpe, wêr't de oar ek wennet.

service-eigen-gemeente = Sykje mei jo postkoade hokker gemeente by jo heart.
service-eigen-gemeente-helper = Sykje mei de postkoade hokker gemeente by de oar heart.


## In soad tagelyk, en it is driuwend

outcome-several-problems-urgent = Ien team helpt jo mei alles. It is driuwend.
    .why = Spilet der in soad tagelyk en driget der wat mei jo hûs of jo jild? Dan helpt it sosjaal wykteam (sociaal wijkteam) jo fluch.
    .helper = Sis daliks wat der driget. Nim de brieven mei.
outcome-several-problems-urgent-helper = Ien team helpt de oar mei alles. It is driuwend.
    .why = Spilet der in soad tagelyk en driget der wat mei it hûs of it jild fan de oar? Dan helpt it sosjaal wykteam (sociaal wijkteam) fluch.
step-several-say-urgent = Skilje hjoed. Sis daliks wat der driget, lykas jo hûs út moatte of ôfslute.
step-several-say-urgent-helper = Skilje hjoed. Sis daliks wat der driget, lykas it hûs út moatte of ôfslute.


# REVIEW(fy): machine-assisted; check with a native speaker
question-danger-now = Is it thús no ûnfeilich, foar jo of foar in bern?
    .hint = Bygelyks: immen slacht jo, driget jo of docht jo pine.
    .why = Wy freegje dit oan elkenien dy't in soad tagelyk hat. Is it ûnfeilich? Dan wize wy jo fuortdaliks de goede help.
question-danger-now-helper = Is it thús no ûnfeilich, foar de oar of foar in bern?
    .hint = Bygelyks: immen slacht de oar, driget de oar of docht de oar pine.


## Glossary: hard words explained where a resident first meets them
# glossary-<term> = <word>: <explanation>. Before the colon: the word as it appears in THIS
# language's texts (another form of it gets an entry of its own). The widget puts the explanation in brackets
# after the first use on a screen. Short, plain, no "you" (so it fits every form), no other hard
# words. A Dutch term already in brackets after the plain words, "(toeslagen)", counts as explained.
# REVIEW(fy): the explanations are new; please check them.

glossary-wmo = Wmo: de wet foar help om thús wenjen te bliuwen
glossary-uwv = UWV: de lanlike organisaasje foar wurk en útkearingen
glossary-ww = WW: jild foar in skoft, nei it ferliezen fan wurk
glossary-cak = CAK: de organisaasje dy't de rekken stjoert foar help fan de gemeente
glossary-ciz = CIZ: de organisaasje dy't beslút oft immen altyd soarch tichtby nedich hat
glossary-dagbesteding = dagbesteding: oerdei wat dwaan mei oaren, mei begelieding
glossary-bijzondere-bijstand = bijzondere bijstand: ekstra jild fan de gemeente foar hege kosten
glossary-toeslagen = toeslagen: jild fan de oerheid foar hier, soarchfersekering of bern
glossary-ergotherapeut = ergotherapeut: immen dy't helpt om deistige dingen wer sels te dwaan
glossary-ervaringsdeskundige = ervaringsdeskundige: immen dy't sels itselde meimakke hat
