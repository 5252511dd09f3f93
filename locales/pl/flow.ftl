# Wegwijzer: teksty po polsku (pytania, odpowiedzi, porady, kroki, co zabrać, usługi).
# Language: Polish (pl). Source: locales/nl/flow.ftl
# Machine-assisted translation; needs review by a native speaker. Date: 2026-11-23.
#
# Forma "ty" (jak "je" w oryginale), bez form zależnych od płci (np. bez czasu przeszłego
# w 2. osobie). Holenderskie nazwy urzędowe raz w nawiasie, bo są w listach z gminy.
# { $term } stoi zawsze w bierniku: "za { $term }", "masz { $term }", "przez { $term }",
# "trwa { $term }". Dlatego "duration" podaje formy biernika (np. "1 godzinę").


## Terminy. $unit: hours, days, working-days albo weeks.

# REVIEW(pl): forms are accusative on purpose (see header); check every step sentence reads well with "1 tydzień", "3 dni robocze", "8 tygodni".
duration = { $unit ->
    [hours] { $amount ->
        [one] 1 godzinę
        [few] { $amount } godziny
        [many] { $amount } godzin
       *[other] { $amount } godziny
    }
    [days] { $amount ->
        [one] 1 dzień
        [few] { $amount } dni
        [many] { $amount } dni
       *[other] { $amount } dnia
    }
    [working-days] { $amount ->
        [one] 1 dzień roboczy
        [few] { $amount } dni robocze
        [many] { $amount } dni roboczych
       *[other] { $amount } dnia roboczego
    }
   *[weeks] { $amount ->
        [one] 1 tydzień
        [few] { $amount } tygodnie
        [many] { $amount } tygodni
       *[other] { $amount } tygodnia
    }
}


## Pytanie: w czym potrzebujesz pomocy?

question-topic = W czym potrzebujesz pomocy?
    .hint = Możesz wybrać więcej niż jedną rzecz.
    .why = Dzięki temu wiemy, gdzie najlepiej dostaniesz pomoc. Twoje odpowiedzi zostają na twoim urządzeniu.
# REVIEW(pl): tryb pomocnika (ktoś wypełnia to za inną osobę). Osoba, której się pomaga, to „ta osoba”; pomocnik to „ty”. Sprawdź odmianę.
question-topic-helper = W czym ta osoba potrzebuje pomocy?
    .hint = Możesz wybrać więcej niż jedną rzecz.
    .why = Dzięki temu wiemy, gdzie ta osoba najlepiej dostanie pomoc. Odpowiedzi zostają na tym urządzeniu.

option-topic-money = Pieniądze i rachunki
    .hint = długi, rachunki, których nie możesz zapłacić
option-topic-money-helper = Pieniądze i rachunki
    .hint = długi, rachunki, których ta osoba nie może zapłacić
option-topic-work-income = Praca lub dochód
    .hint = utrata pracy, brak dochodu lub za mały dochód
option-topic-home = Dom i codzienne sprawy w domu
    .hint = prowadzenie domu, przystosowanie mieszkania
option-topic-home-helper = Dom i codzienne sprawy w domu
    .hint = prowadzenie domu, przystosowanie mieszkania
option-topic-health = Twoje zdrowie i samopoczucie
    .hint = ciało, psychika, alkohol lub narkotyki
option-topic-health-helper = Zdrowie i samopoczucie tej osoby
option-topic-children = Dzieci i wychowanie
    .hint = martwisz się o swoje dziecko
option-topic-children-helper = Dzieci i wychowanie
    .hint = obawy o dziecko
option-topic-caring = Opieka nad bliską osobą
    .hint = opiekujesz się rodzicem, partnerem lub dzieckiem
option-topic-caring-helper = Opieka nad bliską osobą
    .hint = ta osoba opiekuje się rodzicem, partnerem lub dzieckiem
option-topic-alone = Samotność
    .hint = mało kontaktu z innymi
option-topic-alone-helper = Samotność
option-topic-safety = Bezpieczeństwo w domu
    .hint = przemoc, groźby lub strach w domu
option-topic-taking-part = Zajęcie i kontakt z ludźmi
    .hint = coś do robienia w ciągu dnia, wolontariat, nauka
option-topic-letters = Listy i formularze
    .hint = zrozumieć list, nie zgadzać się z decyzją
option-topic-dont-know = Dużo naraz / nie wiem
    .hint = jeden zespół pomoże ci we wszystkim
option-topic-dont-know-helper = Dużo naraz / jeszcze nie jest jasne
    .hint = jeden zespół pomoże we wszystkim


## Pytanie: czy coś ci grozi z powodu długów?

question-debt-threat = Czy grozi ci utrata mieszkania? Albo odcięcie gazu, prądu lub wody?
    .hint = Wybierz „tak” także wtedy, gdy kończy się twoje ubezpieczenie zdrowotne.
    .why = Wtedy gmina musi pomóc ci szybciej. Rozmowę masz wtedy w ciągu kilku dni.
question-debt-threat-helper = Czy tej osobie grozi utrata mieszkania? Albo odcięcie gazu, prądu lub wody?
    .hint = Wybierz „tak” także wtedy, gdy kończy się ubezpieczenie zdrowotne tej osoby.
    .why = Wtedy gmina musi pomóc tej osobie szybciej. Rozmowa jest wtedy w ciągu kilku dni.


## Pytanie: praca lub dochód

# REVIEW(pl): new heading, so the two questions no longer share one (issue 19).
question-income-situation = Co najlepiej pasuje do twojej pracy lub dochodu?
    .why = Z utratą pracy idziesz najpierw do UWV. Po zasiłek socjalny (bijstand) idziesz do gminy.
question-income-situation-helper = Co najlepiej pasuje do pracy lub dochodu tej osoby?
    .why = Z utratą pracy ta osoba idzie najpierw do UWV. Po zasiłek socjalny (bijstand) idzie do gminy.

option-income-situation-lost-job = Nie mam już pracy albo wkrótce ją stracę
option-income-situation-lost-job-helper = Ta osoba nie ma już pracy albo wkrótce ją straci
option-income-situation-no-income = Nie mam dochodu albo mam za mało, żeby z tego żyć
option-income-situation-no-income-helper = Ta osoba nie ma dochodu albo ma za mało, żeby z tego żyć
option-income-situation-other = Coś innego
    .hint = gmina pomoże ci znaleźć rozwiązanie
option-income-situation-other-helper = Coś innego
    .hint = gmina pomoże wam znaleźć rozwiązanie

# REVIEW(pl): "dodatkowa zasada" = the 4-week search period for under-27s (zoektermijn); check the tone.
question-under-27 = Czy masz mniej niż 27 lat?
    .why = Dla osób poniżej 27 lat przy zasiłku socjalnym jest dodatkowa zasada.
question-under-27-helper = Czy ta osoba ma mniej niż 27 lat?


## Pytanie: dom

question-home-need = W czym potrzebujesz pomocy w domu?
    .why = Wtedy wiemy, jaka pomoc do ciebie pasuje.
question-home-need-helper = W czym ta osoba potrzebuje pomocy w domu?
    .why = Wtedy wiemy, jaka pomoc pasuje do tej osoby.

option-home-need-household = Nie daję już rady z domem albo z dbaniem o siebie
    .hint = na przykład sprzątanie, mycie się lub ubieranie
option-home-need-household-helper = Ta osoba nie daje już rady z domem albo z dbaniem o siebie
option-home-need-adaptation = Przystosowanie mieszkania, wózek inwalidzki lub transport
    .hint = na przykład krzesełko schodowe albo taksówka do sklepu
option-home-need-other = Coś innego
    .hint = gmina pomoże ci znaleźć rozwiązanie
option-home-need-other-helper = Coś innego
    .hint = gmina pomoże wam znaleźć rozwiązanie


## Pytanie: zdrowie

# REVIEW(pl): new heading, so the two questions no longer share one (issue 19).
question-health-need = Co najlepiej opisuje, jak się czujesz?
    .why = Jest bardzo źle? Wtedy od razu pokażemy ci najszybszą pomoc.
question-health-need-helper = Co najlepiej opisuje, jak czuje się ta osoba?

# REVIEW(pl): crisis wording about suicide; check that the tone is calm and safe.
option-health-need-crisis = Czuję się bardzo źle. Myślę o samobójstwie.
option-health-need-crisis-helper = Ta osoba czuje się bardzo źle. Myśli o samobójstwie.
option-health-need-unwell = Nie czuję się dobrze, w ciele albo w głowie
    .hint = także przy problemach z alkoholem, narkotykami lub hazardem
option-health-need-unwell-helper = Ta osoba nie czuje się dobrze, w ciele albo w głowie
option-health-need-someone-else = Martwię się o kogoś innego
    .hint = na przykład o sąsiada, który wydaje się zagubiony
option-health-need-someone-else-helper = Martwisz się o tę osobę, ale ona sama nie prosi o pomoc
    .hint = na przykład dlatego, że wydaje się zagubiona


## Pytanie: dzieci

question-child-safety = Martwisz się, czy twoje dziecko jest bezpieczne?
    .hint = Na przykład: ktoś bije twoje dziecko albo w domu jest dużo przemocy.
    .why = Twoje dziecko nie jest bezpieczne? Wtedy od razu pokażemy ci właściwą pomoc.
question-child-safety-helper = Martwisz się, czy to dziecko jest bezpieczne?
    .hint = Na przykład: ktoś bije dziecko albo w domu jest dużo przemocy.
    .why = Dziecko nie jest bezpieczne? Wtedy od razu pokażemy ci właściwą pomoc.


## Pytanie: listy

question-letter-kind = Jaki jest problem z listem?
    .why = Wtedy wiemy, czy musisz pilnować jakiejś daty.
question-letter-kind-helper = Jaki problem ma ta osoba z listem?

option-letter-kind-understand = Nie rozumiem listu lub formularza
option-letter-kind-understand-helper = Ta osoba nie rozumie listu lub formularza
option-letter-kind-disagree = Nie zgadzam się z decyzją
option-letter-kind-disagree-helper = Ta osoba nie zgadza się z decyzją


## Pytanie o cud (możesz je pominąć)

question-own-words = Co chcesz zmienić?
    .hint = Napisz to własnymi słowami. Możesz pominąć to pytanie.
    .why = Tak widzisz, co jest dla ciebie ważne. Weź to na rozmowę. Nigdzie tego nie wysyłamy.
question-own-words-helper = Co ta osoba chce zmienić?
    .hint = Napiszcie to razem, słowami tej osoby. Możesz pominąć to pytanie.
    .why = Tak widzisz, co jest ważne dla tej osoby. Weźcie to na rozmowę. Nigdzie tego nie wysyłamy.


## Pytanie: kod pocztowy (możesz je pominąć)

question-postcode = Jaki jest twój kod pocztowy?
    .hint = Możesz też wpisać numer domu. Nie musisz.
    .why = Wtedy znajdziemy zespół blisko ciebie. Twój kod pocztowy zostaje na twoim urządzeniu.
question-postcode-helper = Jaki jest kod pocztowy tej osoby?
    .hint = Możesz też wpisać numer domu. Nie musisz.
    .why = Wtedy znajdziemy zespół blisko tej osoby. Kod pocztowy zostaje na tym urządzeniu.


## Porady

outcome-unsafe-at-home = Czy jesteś teraz w niebezpieczeństwie? Zadzwoń pod 112.
    .why = Twoje bezpieczeństwo jest najważniejsze. Nie ma bezpośredniego zagrożenia? Zadzwoń do Veilig Thuis. Nie musisz podawać nazwiska.
    .helper = Nie zadawaj pytań, na które ta osoba nie chce odpowiadać. Niech zadzwoni sama albo zadzwońcie razem.
outcome-unsafe-at-home-helper = Czy teraz jest niebezpiecznie? Zadzwoń pod 112.
    .why = Bezpieczeństwo jest najważniejsze. Nie ma bezpośredniego zagrożenia? Zadzwoń do Veilig Thuis. Nie musisz podawać nazwiska.

outcome-mental-crisis = Porozmawiaj teraz z 113
    .why = Nie musisz zostawać z tym w pojedynkę. W 113 ktoś cię wysłucha, w dzień i w nocy. To jest bezpłatne i anonimowe.
    .helper = Zostań przy tej osobie. Zadzwońcie razem albo niech ta osoba napisze na czacie. Jest bezpośrednie zagrożenie? Zadzwoń pod 112.
outcome-mental-crisis-helper = Porozmawiajcie teraz razem z 113
    .why = Ta osoba nie musi zostawać z tym sama. Ty też nie. W 113 ktoś wysłucha, w dzień i w nocy. To jest bezpłatne i anonimowe.

outcome-debt-help = Pomoc w sprawie długów (schuldhulp) może ci pomóc
    .why = Każda gmina musi pomagać w sprawie długów. Im wcześniej zaczniesz, tym lepiej.
    .helper = Pomóż zebrać listy. Wolontariusz z SchuldHulpMaatje może też pójść na rozmowę.
outcome-debt-help-helper = Pomoc w sprawie długów (schuldhulp) może pomóc tej osobie
    .why = Każda gmina musi pomagać w sprawie długów. Im wcześniej ta osoba zacznie, tym lepiej.

outcome-debt-help-urgent = Szybko zadzwoń po pomoc w sprawie długów
    .why = Grozi ci coś poważnego: utrata mieszkania, gazu, prądu, wody albo ubezpieczenia zdrowotnego. Wtedy gmina musi pomóc ci bardzo szybko.
    .helper = Zadzwońcie razem, jeszcze dziś. Od razu powiedzcie, co grozi. Miejcie list pod ręką.
outcome-debt-help-urgent-helper = Szybko zadzwoń po pomoc w sprawie długów
    .why = Tej osobie grozi coś poważnego: utrata mieszkania, gazu, prądu, wody albo ubezpieczenia zdrowotnego. Wtedy gmina musi pomóc bardzo szybko.

outcome-job-loss = Najpierw idź do UWV
    .why = Nie masz już pracy? Wtedy możesz dostać zasiłek dla bezrobotnych (WW-uitkering). Załatwiasz go w UWV, nie w gminie.
    .helper = Pomóż zalogować się na werk.nl. Sprawdźcie razem, czy WW wystarczy na życie.
outcome-job-loss-helper = Najpierw do UWV
    .why = Ta osoba nie ma już pracy? Wtedy może dostać zasiłek dla bezrobotnych (WW-uitkering). Załatwia go w UWV, nie w gminie.

outcome-income-support = Gmina może ci pomóc zasiłkiem socjalnym (bijstand)
    .why = Nie masz dochodu albo masz za mało? Wtedy możesz poprosić gminę o zasiłek socjalny.
    .helper = Jeśli teraz nie ma pieniędzy, poproście razem o zaliczkę (voorschot). To jest prawo tej osoby.
outcome-income-support-helper = Gmina może pomóc tej osobie zasiłkiem socjalnym (bijstand)
    .why = Ta osoba nie ma dochodu albo ma za mało? Wtedy może poprosić gminę o zasiłek socjalny.

outcome-income-support-young = Gmina może ci pomóc zasiłkiem socjalnym (bijstand)
    .why = Nie masz dochodu albo masz za mało? Wtedy możesz poprosić gminę o zasiłek socjalny. Dla młodych osób jest dodatkowa zasada.
    .helper = Szukajcie razem pracy lub szkoły. Zapisujcie, co robicie. To pomaga przy wniosku.
outcome-income-support-young-helper = Gmina może pomóc tej osobie zasiłkiem socjalnym (bijstand)
    .why = Ta osoba nie ma dochodu albo ma za mało? Wtedy może poprosić gminę o zasiłek socjalny. Dla młodych osób jest dodatkowa zasada.
    .helper = Szukajcie razem pracy lub szkoły. Zapisujcie, co ta osoba robi. To pomaga przy wniosku.

outcome-wmo-household = Gmina może ci pomóc w domu
    .why = Nie dajesz już rady z domem albo z dbaniem o siebie? Wtedy gmina sprawdzi, jaka pomoc do ciebie pasuje.
    .helper = Idź razem z tą osobą na rozmowę. Może też pójść doradca wspierający (cliëntondersteuner). To jest bezpłatne.
outcome-wmo-household-helper = Gmina może pomóc tej osobie w domu
    .why = Ta osoba nie daje już rady z domem albo z dbaniem o siebie? Wtedy gmina sprawdzi, jaka pomoc pasuje.

outcome-wmo-adaptation = Gmina może ci pomóc z przystosowaniem
    .why = Potrzebujesz przystosowania w domu? Albo wózka inwalidzkiego lub transportu? Gmina może pomóc.
    .helper = Zróbcie razem zdjęcia tego, co w domu jest trudne. To pomaga w rozmowie.
outcome-wmo-adaptation-helper = Gmina może pomóc tej osobie z przystosowaniem
    .why = Ta osoba potrzebuje przystosowania w domu? Albo wózka inwalidzkiego lub transportu? Gmina może pomóc.

outcome-child-worry = Porozmawiaj o swoich obawach o dziecko
    .why = Centrum voor Jeugd en Gezin (centrum dla dzieci, młodzieży i rodzin) pomaga rodzicom i dzieciom. Możesz tam przyjść z każdym pytaniem.
    .helper = Potraktuj te obawy poważnie. Idźcie razem na pierwszą rozmowę, jeśli rodzic tego chce.
outcome-child-worry-helper = Porozmawiaj o obawach o dziecko
    .why = Centrum voor Jeugd en Gezin (centrum dla dzieci, młodzieży i rodzin) pomaga rodzicom i dzieciom. Każdy może tam przyjść z każdym pytaniem.

outcome-child-unsafe = Czy twoje dziecko jest teraz w niebezpieczeństwie? Zadzwoń pod 112.
    .why = Bezpieczeństwo twojego dziecka jest najważniejsze. Veilig Thuis wie, co możesz zrobić.
    .helper = Zadzwońcie razem do Veilig Thuis. Można dzwonić także wtedy, gdy nie ma pewności.
outcome-child-unsafe-helper = Czy dziecko jest teraz w niebezpieczeństwie? Zadzwoń pod 112.
    .why = Bezpieczeństwo dziecka jest najważniejsze. Veilig Thuis wie, co możesz zrobić.

outcome-carer-support = Jest pomoc dla osób, które opiekują się bliskimi
    .why = Opiekujesz się kimś? Wtedy jesteś osobą opiekującą się bliskim (mantelzorger). Ty też możesz prosić o pomoc.
    .helper = Zapytaj, jak czuje się osoba, która się opiekuje. Często się o tym zapomina.
outcome-carer-support-helper = Jest pomoc dla osób, które opiekują się bliskimi
    .why = Ta osoba się kimś opiekuje? Wtedy jest osobą opiekującą się bliskim (mantelzorger). Ona też może prosić o pomoc.

outcome-loneliness = Blisko ciebie są ludzie
    .why = Wiele osób czasem czuje się samotnie. W okolicy możesz poznać innych ludzi.
    .helper = Za pierwszym razem idźcie razem na zajęcia. Wtedy łatwiej zrobić ten krok.
outcome-loneliness-helper = Blisko tej osoby są ludzie
    .why = Wiele osób czasem czuje się samotnie. W okolicy ta osoba może poznać innych ludzi.

outcome-taking-part = Działaj razem z innymi w okolicy
    .why = Zajęcie w ciągu dnia daje spokój i kontakt z ludźmi. Organizacja pomocy społecznej (welzijnswerk) pomoże ci znaleźć coś dla siebie.
    .helper = Zapytaj, co ta osoba lubi albo co dobrze umie. Zacznijcie od małych rzeczy.
outcome-taking-part-helper = Działanie razem z innymi w okolicy
    .why = Zajęcie w ciągu dnia daje spokój i kontakt z ludźmi. Organizacja pomocy społecznej (welzijnswerk) pomoże tej osobie znaleźć coś dla siebie.

outcome-letter-help = Przeczytaj list razem z kimś
    .why = Doradcy socjalni (sociaal raadslieden) bezpłatnie pomagają z listami i formularzami.
    .helper = Sprawdźcie razem datę na liście. Nie czekajcie za długo.

# REVIEW(pl): "sprzeciw (bezwaar maken)" — Dutch "bezwaar" is an objection to the same body, not an appeal ("odwołanie"); check the term.
outcome-objection-help = Możesz powiedzieć, że się nie zgadzasz
    .why = Nie zgadzasz się z decyzją? Wtedy możesz złożyć sprzeciw (bezwaar maken). Jest na to termin.
    .helper = Zwróć uwagę na datę na liście. Pomóż napisać pismo albo idźcie razem do doradców (raadslieden).
outcome-objection-help-helper = Ta osoba może powiedzieć, że się nie zgadza
    .why = Ta osoba nie zgadza się z decyzją? Wtedy może złożyć sprzeciw (bezwaar maken). Jest na to termin.

outcome-health-support = Porozmawiaj z lekarzem rodzinnym i zespołem dzielnicowym
    .why = Lekarz rodzinny (huisarts) pomaga w sprawach zdrowia. Zespół dzielnicowy (wijkteam) pomaga w innych sprawach.
    .helper = Idźcie razem do lekarza, jeśli ta osoba tego chce. Zapiszcie razem, co się dzieje.
outcome-health-support-helper = Porozmawiajcie z lekarzem rodzinnym i zespołem dzielnicowym
    .why = Lekarz rodzinny (huisarts) pomaga w sprawach zdrowia tej osoby. Zespół dzielnicowy (wijkteam) pomaga w innych sprawach.

outcome-worry-about-someone = Zgłoś, że martwisz się o tę osobę
    .why = Martwisz się o kogoś, ale sprawa nie jest nagła? Wtedy możesz zadzwonić do punktu zgłoszeń (meldpunt).
    .helper = Zapisz, co się działo, gdzie i kiedy. To pomaga punktowi zgłoszeń.

outcome-several-problems = Jeden zespół pomoże ci we wszystkim
    .why = Dużo dzieje się naraz? Wtedy pomoże ci zespół socjalny w dzielnicy (sociaal wijkteam). Swoją historię opowiadasz tylko raz.
    .helper = Zróbcie razem listę tego, co najbardziej martwi. Może też pomóc osoba z podobnym doświadczeniem (ervaringsdeskundige).
outcome-several-problems-helper = Jeden zespół pomoże tej osobie we wszystkim
    .why = Dużo dzieje się naraz? Wtedy tej osobie pomoże zespół socjalny w dzielnicy (sociaal wijkteam). Swoją historię opowiada tylko raz.

outcome-ask-gemeente = Zadzwoń do gminy
    .why = Gmina wysłucha twojego pytania. Razem z tobą poszuka właściwej pomocy.
    .helper = Zadzwońcie razem. Zapiszcie pytanie wcześniej.
outcome-ask-gemeente-helper = Zadzwoń do gminy
    .why = Gmina wysłucha pytania. Razem z wami poszuka właściwej pomocy.


## Co dzieje się teraz? ($term to czas, na przykład "6 tygodni")

step-danger-call-112 = Czy jesteś teraz w niebezpieczeństwie? Zadzwoń pod 112.
step-danger-call-112-helper = Czy teraz jest niebezpiecznie? Zadzwoń pod 112.
step-danger-now-112 = Czy teraz jest niebezpiecznie? Zadzwoń pod 112.
step-veilig-thuis-call = Zadzwoń do Veilig Thuis. Są dostępni w dzień i w nocy. Nie musisz podawać nazwiska.
step-veilig-thuis-child = Zadzwoń do Veilig Thuis. Razem z tobą zastanowią się, co zrobić dla dziecka.
step-veilig-thuis-child-helper = Zadzwoń do Veilig Thuis. Razem z tobą zastanowią się, co zrobić dla dziecka.
step-veilig-thuis-helps = Veilig Thuis daje porady. Jeśli chcesz, zorganizują pomoc.
step-veilig-thuis-helps-helper = Veilig Thuis daje porady. Jeśli ta osoba chce, zorganizują pomoc.
step-safe-place = Nie możesz zostać w domu? Veilig Thuis razem z tobą poszuka bezpiecznego miejsca (opvang).
step-safe-place-helper = Ta osoba nie może zostać w domu? Veilig Thuis pomoże poszukać bezpiecznego miejsca (opvang).
step-child-can-call = Twoje dziecko może też samo zadzwonić do Kindertelefoon albo napisać na czacie. To jest bezpłatne.
step-child-can-call-helper = Dziecko może też samo zadzwonić do Kindertelefoon albo napisać na czacie. To jest bezpłatne.

step-call-113-now = Zadzwoń teraz pod 113 albo napisz na czacie. To jest bezpłatne i anonimowe.
step-no-forms = Nie musisz nic wypełniać.
step-no-forms-helper = Nie musicie nic wypełniać.
step-huisarts-soon = Porozmawiaj też z lekarzem rodzinnym. Wieczorem i w weekend dzwoń do dyżuru lekarskiego (huisartsenpost).
step-huisarts-soon-helper = Porozmawiajcie też z lekarzem rodzinnym tej osoby. Wieczorem i w weekend dzwoń do dyżuru lekarskiego (huisartsenpost).

step-debt-sign-up = Zadzwoń albo napisz e-mail do poradni długów (schuldhulp). Możesz też przyjść na dyżur (spreekuur).
step-debt-intake = Pierwszą rozmowę (intakegesprek) masz najpóźniej za { $term }.
step-debt-intake-helper = Pierwszą rozmowę (intakegesprek) ta osoba ma najpóźniej za { $term }.
step-debt-threat-later = Grozi ci jednak utrata mieszkania albo odcięcie prądu, gazu lub wody? Powiedz to od razu.
step-debt-threat-later-helper = Tej osobie grozi jednak utrata mieszkania albo odcięcie prądu, gazu lub wody? Powiedz to od razu.
step-debt-say-urgent = Od razu powiedz, co ci grozi. Weź ze sobą list w tej sprawie.
step-debt-intake-urgent = Wtedy pierwszą rozmowę (intakegesprek) masz najpóźniej za { $term }.
step-debt-intake-urgent-helper = Wtedy pierwszą rozmowę (intakegesprek) ta osoba ma najpóźniej za { $term }.
step-debt-decision = Potem dostajesz list z decyzją. Zwykle trwa to mniej więcej { $term }.
step-debt-decision-helper = Potem ta osoba dostaje list z decyzją. Zwykle trwa to mniej więcej { $term }.
step-debt-cost = Zwykle ta pomoc nic nie kosztuje. Śmiało o to zapytaj.
step-debt-cost-helper = Zwykle ta pomoc nic nie kosztuje. Śmiało o to zapytaj.

step-uwv-ww = Poproś UWV o zasiłek dla bezrobotnych (WW-uitkering). Możesz to zrobić na werk.nl.
step-ww-too-low = Nie dostajesz WW albo to za mało? Wtedy gmina może pomóc.
step-ww-too-low-helper = Ta osoba nie dostaje WW albo to za mało? Wtedy gmina może pomóc.
step-dismissal-advice = Nie zgadzasz się ze zwolnieniem z pracy? Juridisch Loket udziela porad prawnych.
step-dismissal-advice-helper = Ta osoba nie zgadza się ze zwolnieniem z pracy? Juridisch Loket udziela porad prawnych.
step-toeslagen-check = Sprawdź, czy masz prawo do dodatków (toeslagen). Pomogą ci doradcy socjalni.
step-toeslagen-check-helper = Sprawdź, czy ta osoba ma prawo do dodatków (toeslagen). Pomogą w tym doradcy socjalni.

step-bijstand-sign-up = Najpierw zarejestruj się na werk.nl. Potem gmina się z tobą skontaktuje.
step-bijstand-sign-up-helper = Najpierw ta osoba rejestruje się na werk.nl. Potem gmina się z nią skontaktuje.
step-money-today = Nie masz teraz pieniędzy na jedzenie lub czynsz? Powiedz to od razu.
step-money-today-helper = Ta osoba nie ma teraz pieniędzy na jedzenie lub czynsz? Powiedz to od razu.
# REVIEW(pl): "zaliczka (voorschot)" — check it is clear this is money paid before the decision.
step-bijstand-advance = Czekasz już { $term } i nadal nie ma decyzji? Wtedy dostajesz zaliczkę (voorschot), czyli pieniądze z góry.
step-bijstand-advance-helper = Po { $term } nadal nie ma decyzji? Wtedy ta osoba dostaje zaliczkę (voorschot), czyli pieniądze z góry.
step-bijstand-decision = Najpóźniej za { $term } dostajesz list z decyzją.
step-bijstand-decision-helper = Najpóźniej za { $term } ta osoba dostaje list z decyzją.
step-special-costs = Masz wysokie koszty, których nie możesz zapłacić? Zapytaj o specjalny zasiłek (bijzondere bijstand).
step-special-costs-helper = Ta osoba ma wysokie koszty, których nie może zapłacić? Zapytaj o specjalny zasiłek (bijzondere bijstand).
step-young-search = Masz mniej niż 27 lat. Wtedy najpierw przez { $term } szukasz pracy lub szkoły.
step-young-search-helper = Ta osoba ma mniej niż 27 lat. Wtedy najpierw przez { $term } szuka pracy lub szkoły.
step-young-rule-may-change = Ta zasada może się zmienić. Zapytaj, co obowiązuje teraz.

step-wmo-melding = Mówisz gminie, czego potrzebujesz. To się nazywa Wmo-melding. Dostajesz potwierdzenie.
step-wmo-melding-helper = Ta osoba mówi gminie, czego potrzebuje. To się nazywa Wmo-melding. Możesz w tym pomóc. Ta osoba dostaje potwierdzenie.
step-wmo-own-plan = Chcesz napisać własny plan? Możesz. Masz na to { $term } (persoonlijk plan).
step-wmo-own-plan-helper = Ta osoba chce napisać własny plan? Może. Jest na to { $term } (persoonlijk plan).
step-wmo-talk = Najpóźniej za { $term } ktoś z tobą porozmawia, często u ciebie w domu (keukentafelgesprek).
step-wmo-talk-helper = Najpóźniej za { $term } ktoś porozmawia z tą osobą, często u niej w domu (keukentafelgesprek).
step-wmo-talk-adaptation = Najpóźniej za { $term } ktoś z tobą porozmawia. Czasem przychodzi też terapeuta zajęciowy (ergotherapeut).
step-wmo-talk-adaptation-helper = Najpóźniej za { $term } ktoś porozmawia z tą osobą. Czasem przychodzi też terapeuta zajęciowy (ergotherapeut).
step-wmo-bring-someone = Możesz zabrać kogoś na rozmowę. Na przykład kogoś z rodziny albo doradcę wspierającego (cliëntondersteuner).
step-wmo-bring-someone-helper = Ta osoba może zabrać kogoś na rozmowę. Na przykład ciebie albo doradcę wspierającego (cliëntondersteuner).
step-wmo-report = Potem dostajesz sprawozdanie z rozmowy. Coś się nie zgadza? Powiedz to.
step-wmo-report-helper = Potem ta osoba dostaje sprawozdanie z rozmowy. Coś się nie zgadza? Powiedzcie to.
# REVIEW(pl): "list z decyzją (beschikking)" — check that this explains the formal decision well.
step-wmo-decision = Prosisz o pomoc? Wtedy najpóźniej za { $term } dostajesz list z decyzją (beschikking).
step-wmo-decision-helper = Ta osoba prosi o pomoc? Wtedy najpóźniej za { $term } dostaje list z decyzją (beschikking).
step-wmo-urgent = To pilne? Powiedz to od razu. Wtedy szybko może przyjść pomoc na jakiś czas.
step-wmo-cost = Za większość pomocy płacisz stałą kwotę co miesiąc (eigen bijdrage). Rachunek wysyła CAK.
step-wmo-cost-helper = Za większość pomocy ta osoba płaci stałą kwotę co miesiąc (eigen bijdrage). Rachunek wysyła CAK.
step-wmo-delivery = Potem trzeba jeszcze trochę poczekać. Wózek inwalidzki albo przebudowa wymaga czasu.
step-rented-home = Wynajmujesz mieszkanie? Powiedz o tym też właścicielowi.
step-rented-home-helper = Ta osoba wynajmuje mieszkanie? Powiedzcie o tym też właścicielowi.
step-objection = Nie zgadzasz się z decyzją? Masz { $term }, żeby to zgłosić (bezwaar maken).
step-objection-helper = Ta osoba nie zgadza się z decyzją? Jest { $term }, żeby to zgłosić (bezwaar maken).

step-jeugd-talk = Najpierw jest rozmowa, często z całą rodziną.
step-jeugd-talk-helper = Najpierw jest rozmowa, często z całą rodziną.
step-jeugd-plan = Razem tworzycie plan dla twojej rodziny (gezinsplan).
step-jeugd-plan-helper = Rodzina razem tworzy plan (gezinsplan).
step-jeugd-decision = Potrzebna jest specjalna pomoc (jeugdhulp)? Wtedy najpóźniej za { $term } dostajesz list z decyzją.
step-jeugd-decision-helper = Potrzebna jest specjalna pomoc (jeugdhulp)? Wtedy najpóźniej za { $term } rodzina dostaje list z decyzją.
step-jeugd-urgent = To pilne? Powiedz o tym. Wtedy pomoc przychodzi od razu.
step-jeugd-huisarts = Lekarz rodzinny może też skierować cię prosto do pomocy dla dzieci i młodzieży (jeugdhulp).
step-jeugd-huisarts-helper = Lekarz rodzinny może też skierować rodzinę prosto do pomocy dla dzieci i młodzieży (jeugdhulp).

step-carer-contact = Skontaktuj się z punktem wsparcia (steunpunt). Wysłuchają cię i pomogą szukać rozwiązań.
step-carer-contact-helper = Skontaktuj się z punktem wsparcia (steunpunt). Wysłuchają i pomogą szukać rozwiązań.
step-carer-break = Potrzebujesz odpoczynku? Zapytaj o kogoś, kto na chwilę przejmie opiekę (respijtzorg).
step-carer-break-helper = Ta osoba potrzebuje odpoczynku? Zapytaj o kogoś, kto na chwilę przejmie opiekę (respijtzorg).
step-carer-wmo = Osoba, którą się opiekujesz, potrzebuje więcej pomocy? Zgłoś to w gminie. Najpóźniej za { $term } będzie rozmowa.
step-carer-wmo-helper = Osoba, którą ktoś się opiekuje, potrzebuje więcej pomocy? Zgłoś to w gminie. Najpóźniej za { $term } będzie rozmowa.
step-carer-thanks = Co roku gmina dziękuje osobom, które opiekują się bliskimi (mantelzorgwaardering). Punkt wsparcia powie ci, jak to działa.
step-carer-thanks-helper = Co roku gmina dziękuje osobom, które opiekują się bliskimi (mantelzorgwaardering). Punkt wsparcia powie, jak to działa.

step-welzijn-contact = Zadzwoń albo przyjdź do organizacji pomocy społecznej (welzijnswerk). Na większość zajęć nie ma listy oczekujących.
step-welzijn-visit = Ktoś do ciebie oddzwoni albo cię odwiedzi.
step-welzijn-visit-helper = Ktoś oddzwoni albo odwiedzi tę osobę.
step-talk-now = Chcesz teraz z kimś porozmawiać? De Luisterlijn działa w dzień i w nocy.
step-talk-now-helper = Ta osoba chce teraz z kimś porozmawiać? De Luisterlijn działa w dzień i w nocy.
step-feeling-down = Często masz zły nastrój? Porozmawiaj o tym też z lekarzem rodzinnym.
step-feeling-down-helper = Ta osoba często ma zły nastrój? Porozmawiajcie o tym też z lekarzem rodzinnym.
step-ending-life-113 = Myślisz o samobójstwie? Zadzwoń wtedy pod 113 albo napisz na czacie.
step-ending-life-113-helper = Ta osoba myśli o samobójstwie? Zadzwońcie wtedy razem pod 113 albo napiszcie na czacie.
step-taking-part-choose = Razem sprawdzacie, co do ciebie pasuje. Na przykład wolontariat, kurs albo zajęcia.
step-taking-part-choose-helper = Razem sprawdzacie, co pasuje do tej osoby. Na przykład wolontariat, kurs albo zajęcia.
step-day-activities = Potrzebujesz więcej pomocy, żeby mieć zajęcie w ciągu dnia? Zapytaj gminę o zajęcia dzienne (dagbesteding).
step-day-activities-helper = Ta osoba potrzebuje więcej pomocy, żeby mieć zajęcie w ciągu dnia? Zapytaj gminę o zajęcia dzienne (dagbesteding).

step-raadslieden-contact = Umów się u doradców socjalnych (sociaal raadslieden). Albo przyjdź na dyżur (spreekuur).
step-raadslieden-read = Razem czytacie list. Doradcy wyjaśnią ci, co musisz zrobić.
step-raadslieden-read-helper = Razem czytacie list. Doradcy wyjaśnią, co trzeba zrobić.
step-letter-date = Na liście jest data? Wtedy nie czekaj za długo.
step-objection-deadline = Na sprzeciw masz { $term }. Liczysz od daty na liście.
step-objection-deadline-helper = Na sprzeciw ta osoba ma { $term }. Liczy się od daty na liście.
step-objection-write = Doradcy socjalni pomogą ci napisać pismo.
step-objection-write-helper = Doradcy socjalni pomogą napisać pismo.
step-objection-call = Często gmina najpierw do ciebie dzwoni. Wtedy razem o tym rozmawiacie.
step-objection-call-helper = Często gmina najpierw dzwoni do tej osoby. Wtedy razem o tym rozmawiają.
step-objection-legal = Chodzi o dużo pieniędzy albo o sprawę w sądzie? Poproś Juridisch Loket o poradę.

step-huisarts-first = Umów się na wizytę u swojego lekarza rodzinnego.
step-huisarts-first-helper = Umówcie wizytę u lekarza rodzinnego tej osoby.
step-huisartsenpost-call-first = To pilne, a jest wieczór albo weekend? Zadzwoń do dyżuru lekarskiego (huisartsenpost). Nie idź tam bez telefonu.
step-wijkteam-more = Masz też inne kłopoty, na przykład z pieniędzmi lub samotnością? Zespół dzielnicowy (wijkteam) ci pomoże.
step-wijkteam-more-helper = Są też inne kłopoty, na przykład z pieniędzmi lub samotnością? Zespół dzielnicowy (wijkteam) pomoże.

step-meldpunt-call = Zadzwoń do punktu zgłoszeń (meldpunt). Powiedz, co widzisz i gdzie.
step-meldpunt-forward = Punkt zgłoszeń przekaże twoje zgłoszenie do gminy tej osoby. Tam sprawdzą, co jest potrzebne.
step-abuse-veilig-thuis = Myślisz, że ktoś krzywdzi tę osobę? Zadzwoń wtedy do Veilig Thuis.

step-one-talk = Masz jedną rozmowę o wszystkim, co się dzieje.
step-one-talk-helper = Ta osoba ma jedną rozmowę o wszystkim, co się dzieje.
step-one-plan = Razem tworzycie jeden plan. Dostajesz jedną stałą osobę kontaktową.
step-one-plan-helper = Razem tworzycie jeden plan. Ta osoba dostaje jedną stałą osobę kontaktową.
step-tell-once = Swoją historię opowiadasz tylko raz.
step-tell-once-helper = Ta osoba opowiada swoją historię tylko raz.
step-bring-in-desks = Zespół dzielnicowy sam zorganizuje inną pomoc.
step-several-debt-urgent = Grozi ci utrata mieszkania albo odcięcie gazu, prądu lub wody? Powiedz to od razu. Wtedy najpóźniej za { $term } masz rozmowę o długach.
step-several-debt-urgent-helper = Tej osobie grozi utrata mieszkania albo odcięcie gazu, prądu lub wody? Powiedz to od razu. Wtedy najpóźniej za { $term } jest rozmowa o długach.
step-several-wmo = Potrzebujesz pomocy w domu? Wtedy najpóźniej za { $term } masz rozmowę, często u ciebie w domu.
step-several-wmo-helper = Ta osoba potrzebuje pomocy w domu? Wtedy najpóźniej za { $term } jest rozmowa, często u niej w domu.

step-gemeente-listens = Zadzwoń do gminy. Wysłuchają cię i razem sprawdzicie, kto może ci pomóc.
step-gemeente-listens-helper = Zadzwoń do gminy. Wysłuchają i sprawdzą, kto może pomóc tej osobie.
step-gemeente-walk-in = Możesz też przyjść na dyżur (spreekuur).
step-gemeente-walk-in-helper = Możecie też przyjść na dyżur (spreekuur).

step-no-news-call = Czekasz już { $term } i nic nie wiesz? Wtedy zadzwoń do nich.
step-no-news-call-helper = Po { $term } nadal nic nie wiadomo? Wtedy zadzwońcie do nich.
step-may-take-longer = Czasem trwa to dłużej, niż mówi prawo. Wtedy śmiało zapytaj, co z twoją sprawą.


## Weź ze sobą

bring-id = Dokument tożsamości (paszport, dowód osobisty lub prawo jazdy)
bring-id-helper = Dokument tożsamości tej osoby (paszport, dowód osobisty lub prawo jazdy)
bring-debt-letters = Wszystkie listy o długach, także wezwania do zapłaty (aanmaningen) i listy od komornika (deurwaarder)
bring-debt-letters-helper = Wszystkie listy o długach, także wezwania do zapłaty (aanmaningen) i listy od komornika (deurwaarder)
bring-income-proof = Pasek wypłaty (loonstrook) albo list o twoim zasiłku
bring-income-proof-helper = Pasek wypłaty (loonstrook) tej osoby albo list o zasiłku
bring-bank-statements = Wyciągi z konta z ostatnich 3 miesięcy
bring-bank-statements-helper = Wyciągi z konta tej osoby z ostatnich 3 miesięcy
bring-rent-contract = Umowa najmu (huurcontract)
bring-rent-contract-helper = Umowa najmu (huurcontract) tej osoby
bring-rent-mortgage = Umowa najmu albo dokumenty kredytu hipotecznego (hypotheek)
bring-rent-mortgage-helper = Umowa najmu albo dokumenty kredytu hipotecznego (hypotheek) tej osoby
bring-work-papers = Wypowiedzenie z pracy albo umowa o pracę
bring-work-papers-helper = Wypowiedzenie z pracy albo umowa o pracę tej osoby
bring-household-income = Ile zarabia każda osoba w twoim domu
bring-household-income-helper = Ile zarabia każda osoba w domu tej osoby
bring-savings = Zestawienie twoich oszczędności
bring-savings-helper = Zestawienie oszczędności tej osoby
bring-what-is-hard = Z czym już sobie nie radzisz i od kiedy
bring-medicine-list = Lista leków albo listy od lekarza, jeśli je masz
bring-medicine-list-helper = Lista leków albo listy od lekarza, jeśli ta osoba je ma
bring-who-helps = Kto ci teraz pomaga, na przykład rodzina lub sąsiedzi
bring-who-helps-helper = Kto teraz pomaga tej osobie, na przykład rodzina lub sąsiedzi
bring-own-plan = Twój własny plan, jeśli chcesz go napisać
bring-own-plan-helper = Własny plan tej osoby, jeśli chce go napisać
bring-what-cannot = Czego nie możesz już robić w domu lub poza domem
bring-what-cannot-helper = Czego ta osoba nie może już robić w domu lub poza domem
bring-medical-info = Listy od lekarza, jeśli je masz
bring-medical-info-helper = Listy od lekarza, jeśli ta osoba je ma
bring-landlord = Wynajmujesz? Imię, nazwisko i numer telefonu właściciela mieszkania
bring-landlord-helper = Ta osoba wynajmuje? Imię, nazwisko i numer telefonu właściciela mieszkania
bring-photos = Wymiary lub zdjęcia mieszkania, jeśli je masz
bring-photos-helper = Wymiary lub zdjęcia mieszkania, jeśli są
bring-what-worries = Co cię martwi i od kiedy
bring-what-worries-helper = Co martwi i od kiedy
bring-school-doctor = Nazwa szkoły, nazwisko lekarza rodzinnego lub lekarza szkolnego (jeugdarts)
bring-earlier-reports = Wcześniejsze sprawozdania lub listy, jeśli je masz
bring-earlier-reports-helper = Wcześniejsze sprawozdania lub listy, jeśli są
bring-care-tasks = Co robisz przy opiece i ile godzin w tygodniu
bring-care-tasks-helper = Co ta osoba robi przy opiece i ile godzin w tygodniu
bring-who-else-helps = Kto jeszcze pomaga
bring-what-you-need = Czego ty potrzebujesz: odpoczynku, praktycznej pomocy czy kogoś do rozmowy
bring-what-you-need-helper = Czego ta osoba potrzebuje: odpoczynku, praktycznej pomocy czy kogoś do rozmowy
bring-nothing-needed = Nie musisz nic ze sobą brać.
bring-nothing-needed-helper = Nie musicie nic ze sobą brać.
bring-the-letter = List razem z kopertą. Na niej jest data.
bring-earlier-letters = Wcześniejsze listy w tej samej sprawie
bring-what-you-notice = Co zauważasz i od kiedy
bring-what-you-notice-helper = Co zauważacie i od kiedy
bring-what-you-saw = Co się działo, gdzie i od kiedy
bring-what-you-saw-helper = Co się działo, gdzie i od kiedy
bring-letters-you-have = Listy, które masz
bring-letters-you-have-helper = Listy, które ta osoba ma
bring-worries-list = Lista tego, co najbardziej cię martwi
bring-worries-list-helper = Lista tego, co najbardziej martwi


## Usługi: jedno krótkie zdanie na usługę

service-gemeente-contact = Na wszystkie pytania do gminy. Razem z tobą sprawdzą, kto może ci pomóc.
service-gemeente-contact-helper = Na wszystkie pytania do gminy. Sprawdzą, kto może pomóc tej osobie.
service-wmo-loket = Tu zgłaszasz się po pomoc w domu, przystosowanie mieszkania lub transport.
service-wmo-loket-helper = Tu ta osoba zgłasza się po pomoc w domu, przystosowanie mieszkania lub transport.
service-wijkteams = Zespoły socjalne w dzielnicach pomagają, gdy dużo dzieje się naraz. Ten numer jest dla wszystkich dzielnic.
service-wijkteam-noord = Zespół dla dzielnicy Noord. Jedna osoba kontaktowa do wszystkich twoich pytań.
service-wijkteam-noord-helper = Zespół dla dzielnicy Noord. Jedna osoba kontaktowa do wszystkich pytań.
service-wijkteam-centrum = Zespół dla dzielnicy Centrum. Jedna osoba kontaktowa do wszystkich twoich pytań.
service-wijkteam-centrum-helper = Zespół dla dzielnicy Centrum. Jedna osoba kontaktowa do wszystkich pytań.
service-wijkteam-zuid = Zespół dla dzielnicy Zuid. Jedna osoba kontaktowa do wszystkich twoich pytań.
service-wijkteam-zuid-helper = Zespół dla dzielnicy Zuid. Jedna osoba kontaktowa do wszystkich pytań.
service-jeugd-gezin = Pytania o wychowanie i dorastanie, od ciąży do 23 lat.
service-werk-inkomen = Zasiłek socjalny (bijstand), pomoc przy wysokich kosztach i pomoc w szukaniu pracy.
service-schuldhulp = Pomaga z długami i rachunkami. Dostajesz stałą osobę kontaktową.
service-schuldhulp-helper = Pomaga tej osobie z długami i rachunkami. Ta osoba dostaje stałą osobę kontaktową.
service-clientondersteuning = Ktoś, kto jest tylko po twojej stronie. Chodzi z tobą na rozmowy i pomaga z listami. To jest bezpłatne.
service-clientondersteuning-helper = Ktoś, kto jest tylko po stronie tej osoby. Chodzi z nią na rozmowy i pomaga z listami. To jest bezpłatne.
service-mantelzorg-steunpunt = Dla osób opiekujących się bliskimi (mantelzorgers): porady, chwila odpoczynku i kontakt z innymi.
service-welzijn = Domy sąsiedzkie, zajęcia, towarzysz (maatje) i pomoc z formularzami.
service-schuldhulpmaatje = Wolontariusz pomaga ci z pieniędzmi i dokumentami.
service-schuldhulpmaatje-helper = Wolontariusz pomaga tej osobie z pieniędzmi i dokumentami.
service-voedselbank = Jedzenie, gdy przez jakiś czas nie masz pieniędzy na zakupy.
service-voedselbank-helper = Jedzenie, gdy ta osoba przez jakiś czas nie ma pieniędzy na zakupy.
service-vrijwilligerscentrale = Wolontariat, towarzysz (maatje) albo transport z pomocą wolontariuszy.
service-sociaal-raadslieden = Bezpłatna pomoc z listami, dodatkami (toeslagen), podatkami i sprzeciwem.
service-huisarts = Twój lekarz rodzinny. Na thuisarts.nl przeczytasz więcej o zdrowiu.
service-huisarts-helper = Lekarz rodzinny tej osoby. Na thuisarts.nl przeczytasz więcej o zdrowiu.
service-huisartsenpost = Pilna pomoc lekarska wieczorem, w nocy i w weekend. Zawsze najpierw zadzwoń.
service-alarm-112 = Przy bezpośrednim zagrożeniu: policja, karetka lub straż pożarna.
service-zelfmoordpreventie-113 = Myślisz o samobójstwie? Porozmawiaj o tym, w dzień i w nocy. Bezpłatnie i anonimowo.
service-zelfmoordpreventie-113-helper = Ta osoba myśli o samobójstwie? Porozmawiajcie o tym, w dzień i w nocy. Także gdy się martwisz. Bezpłatnie i anonimowo.
service-veilig-thuis = Przy przemocy lub krzywdzeniu w domu. Porada lub zgłoszenie, w dzień i w nocy.
service-kindertelefoon = Dla dzieci i młodzieży od 8 do 18 lat. Telefon lub czat.
service-geldfit = Pomoc przy kłopotach z pieniędzmi. Podajesz tylko swój kod pocztowy.
service-geldfit-helper = Pomoc przy kłopotach z pieniędzmi. Podajesz tylko kod pocztowy.
service-luisterlijn = Ktoś, kto cię wysłucha, w dzień i w nocy.
service-luisterlijn-helper = Ktoś, kto wysłucha, w dzień i w nocy. Tę osobę i ciebie.
service-mantelzorglijn = Pytania od osób opiekujących się bliskimi, w dni robocze.
service-meldpunt-zorgwekkend-gedrag = Martwisz się o kogoś, ale sprawa nie jest nagła? Zadzwoń do tego punktu zgłoszeń.
service-juridisch-loket = Porady o twoich prawach, na przykład przy najmie, zwolnieniu z pracy lub decyzji.
service-juridisch-loket-helper = Porady o prawach, na przykład przy najmie, zwolnieniu z pracy lub decyzji.
service-cak = Pytania o twoją własną opłatę za pomoc z gminy (eigen bijdrage).
service-cak-helper = Pytania o własną opłatę tej osoby za pomoc z gminy (eigen bijdrage).
service-uwv = WW, choroba i niezdolność do pracy. Zgłaszasz się przez werk.nl.
service-uwv-helper = WW, choroba i niezdolność do pracy. Ta osoba zgłasza się przez werk.nl.
service-ciz = Dla osób, które zawsze potrzebują opieki blisko siebie, na przykład w domu opieki.


## Młodzi ludzie (poniżej 18 lat)

# REVIEW(pl): nowe teksty (ścieżki dla młodzieży, spoza gminy, pilne przy wielu sprawach), machine-assisted.
question-young = Czy masz mniej niż 18 lat?
    .hint = Pytamy o to tylko dlatego, że dla młodych osób jest inna pomoc.
    .why = Dla osób poniżej 18 lat jest pomoc dopasowana do ciebie. Nie musisz najpierw pytać rodziców.
question-young-helper = Czy ta osoba ma mniej niż 18 lat?
    .hint = Pytamy o to tylko dlatego, że dla młodych osób jest inna pomoc.
    .why = Dla osób poniżej 18 lat jest dopasowana pomoc. Młoda osoba nie musi najpierw pytać rodziców.

outcome-young-carer = Jest pomoc dla młodych osób, które opiekują się kimś w domu
    .why = Opiekujesz się w domu tatą, mamą, bratem lub siostrą? Wtedy jesteś młodym opiekunem (jonge mantelzorger). Ty też możesz prosić o pomoc.
    .helper = Zapytaj, jak czuje się sama młoda osoba. Szkoła i przyjaciele też są ważni.
outcome-young-carer-helper = Jest pomoc dla młodych osób, które opiekują się kimś w domu
    .why = Młoda osoba opiekuje się w domu tatą, mamą, bratem lub siostrą? Wtedy jest młodym opiekunem (jonge mantelzorger). Ona też może prosić o pomoc.
outcome-young-worries = Porozmawiaj o tym z kimś
    .why = Martwisz się o to, co dzieje się w domu? Nie musisz rozwiązywać tego sam. Są ludzie, którzy cię wysłuchają.
    .helper = Niech młoda osoba sama wybierze, z kim rozmawia.
outcome-young-worries-helper = Porozmawiajcie o tym z kimś
    .why = Młoda osoba martwi się o to, co dzieje się w domu? Nie musi rozwiązywać tego sama. Są ludzie, którzy wysłuchają.
outcome-young-money = Jest pomoc przy kłopotach z pieniędzmi dla młodych osób
    .why = Kłopoty z pieniędzmi są ciężkie, także gdy jest się młodym. Praca z młodzieżą (jongerenwerk) pomaga ci bezpłatnie.
    .helper = Przejrzyjcie razem listy. Nie wyjaśniajcie wszystkiego samodzielnie.
outcome-young-money-helper = Jest pomoc przy kłopotach z pieniędzmi dla młodych osób
    .why = Kłopoty z pieniędzmi są ciężkie, także dla młodych osób. Praca z młodzieżą (jongerenwerk) pomaga młodej osobie bezpłatnie.

step-young-carer-contact = Zadzwoń lub napisz do punktu wsparcia opiekunów (steunpunt mantelzorg). Powiedz, że masz mniej niż 18 lat. Mają tam kogoś dla młodych osób.
step-young-carer-contact-helper = Zadzwoń lub napisz do punktu wsparcia opiekunów (steunpunt mantelzorg). Powiedz, że młoda osoba ma mniej niż 18 lat. Mają tam kogoś dla młodych osób.
step-young-talk-now = Chcesz teraz z kimś porozmawiać? Zadzwoń lub napisz na czacie do Kindertelefoon. To jest bezpłatne. Nie musisz podawać imienia.
step-young-talk-now-helper = Młoda osoba chce teraz z kimś porozmawiać? Rozmowa lub czat z Kindertelefoon są bezpłatne. Nie trzeba podawać imienia.
step-young-own-choice = Sam decydujesz, czy powiesz rodzicom, że prosisz o pomoc.
step-young-own-choice-helper = Młoda osoba sama decyduje, czy powie rodzicom o pomocy.
step-young-school = Możesz też powiedzieć o tym komuś w szkole, na przykład wychowawcy.
step-young-school-helper = Młoda osoba może też powiedzieć o tym komuś w szkole, na przykład wychowawcy.
step-young-not-alone = Wielu młodych ludzi pomaga w opiece w domu. Nie jesteś jedyny.
step-young-not-alone-helper = Wielu młodych ludzi pomaga w opiece w domu. Ta młoda osoba nie jest jedyna.
step-young-cjg = Centrum voor Jeugd en Gezin (CJG) pomaga młodym osobom i rodzinom. Możesz sam zadzwonić.
step-young-cjg-helper = Centrum voor Jeugd en Gezin (CJG) pomaga młodym osobom i rodzinom. Młoda osoba może też sama zadzwonić.
step-young-unsafe-home = W domu nie jest bezpiecznie? Zadzwoń do Veilig Thuis: 0800-2000. Możesz to zrobić, nawet gdy jesteś młody.
step-young-unsafe-home-helper = W domu nie jest bezpiecznie? Zadzwoń do Veilig Thuis: 0800-2000. Młoda osoba też może sama zadzwonić.
step-young-money-talk = Porozmawiaj o kłopotach z pieniędzmi z kimś, komu ufasz.
step-young-money-talk-helper = Młoda osoba może porozmawiać o kłopotach z pieniędzmi z kimś, komu ufa.
step-young-money-jongerenwerk = Praca z młodzieżą (jongerenwerk) bezpłatnie pomaga ci z pieniędzmi i listami.
step-young-money-jongerenwerk-helper = Praca z młodzieżą (jongerenwerk) bezpłatnie pomaga młodej osobie z pieniędzmi i listami.
step-young-money-geldfit = Możesz też anonimowo zadzwonić do Geldfit.

service-jongerenwerk = Dla młodych osób: miejsce do rozmowy, zajęcia i pomoc z pieniędzmi i dokumentami.


## Kod pocztowy spoza gminy

outcome-outside-gemeente = Nie mieszkasz w tej gminie
    .why = Twój kod pocztowy nie należy do tej gminy. Pomoże ci twoja własna gmina. Krajowe telefony zaufania pomagają wszędzie.
outcome-outside-gemeente-helper = Ta osoba nie mieszka w tej gminie
    .why = Kod pocztowy nie należy do tej gminy. Pomoże gmina tej osoby. Krajowe telefony zaufania pomagają wszędzie.
step-outside-not-here = Pomoc na tej stronie jest tylko dla mieszkańców tej gminy.
step-outside-call-14 = Zadzwoń do swojej gminy: 14 i numer kierunkowy twojej miejscowości. Na przykład 14 020 w Amsterdamie.
step-outside-call-14-helper = Zadzwoń do gminy tej osoby: 14 i numer kierunkowy jej miejscowości. Na przykład 14 020 w Amsterdamie.
step-outside-find = Nie wiesz, do której gminy należysz? Sprawdź swój kod pocztowy na overheid.nl.
step-outside-find-helper = Nie wiesz, do której gminy należy ta osoba? Sprawdź kod pocztowy na overheid.nl.
step-outside-national = Telefony zaufania poniżej pomagają ci, gdziekolwiek mieszkasz.
step-outside-national-helper = Telefony zaufania poniżej pomagają, gdziekolwiek ta osoba mieszka.

service-eigen-gemeente = Sprawdź po kodzie pocztowym, do której gminy należysz.
service-eigen-gemeente-helper = Sprawdź po kodzie pocztowym, do której gminy należy ta osoba.


## Dużo naraz i to pilne

outcome-several-problems-urgent = Jeden zespół pomoże ci we wszystkim. To pilne.
    .why = Dużo dzieje się naraz i grozi coś z twoim mieszkaniem lub pieniędzmi? Wtedy zespół socjalny w dzielnicy (sociaal wijkteam) szybko ci pomoże.
    .helper = Od razu powiedzcie, co grozi. Weźcie listy ze sobą.
outcome-several-problems-urgent-helper = Jeden zespół pomoże tej osobie we wszystkim. To pilne.
    .why = Dużo dzieje się naraz i grozi coś z mieszkaniem lub pieniędzmi tej osoby? Wtedy zespół socjalny w dzielnicy (sociaal wijkteam) szybko pomoże.
step-several-say-urgent = Zadzwoń dzisiaj. Od razu powiedz, co grozi, na przykład utrata mieszkania albo odcięcie prądu, gazu lub wody.
step-several-say-urgent-helper = Zadzwoń dzisiaj. Od razu powiedz, co grozi tej osobie, na przykład utrata mieszkania albo odcięcie prądu, gazu lub wody.


# REVIEW(pl): machine-assisted; check with a native speaker
question-danger-now = Czy w domu jest teraz niebezpiecznie, dla ciebie albo dla dziecka?
    .hint = Na przykład: ktoś cię bije, grozi ci albo robi ci krzywdę.
    .why = Pytamy o to każdą osobę, która ma dużo spraw naraz. Jest niebezpiecznie? Od razu pokażemy właściwą pomoc.
question-danger-now-helper = Czy w domu jest teraz niebezpiecznie, dla tej drugiej osoby albo dla dziecka?
    .hint = Na przykład: ktoś ją bije, grozi jej albo robi jej krzywdę.


## Glossary: hard words explained where a resident first meets them
# glossary-<term> = <word>: <explanation>. Before the colon: the word as it appears in THIS
# language's texts (another form of it gets an entry of its own). The widget puts the explanation in brackets
# after the first use on a screen. Short, plain, no "you" (so it fits every form), no other hard
# words. A Dutch term already in brackets after the plain words, "(toeslagen)", counts as explained.
# REVIEW(pl): the explanations are new; please check them.

glossary-wmo = Wmo: ustawa o pomocy, dzięki której można dalej mieszkać w domu
glossary-uwv = UWV: krajowy urząd do spraw pracy i zasiłków
glossary-ww = WW: pieniądze przez pewien czas po utracie pracy
glossary-cak = CAK: urząd, który wysyła rachunek za pomoc od gminy
glossary-ciz = CIZ: urząd, który decyduje, czy ktoś potrzebuje stałej opieki w pobliżu
glossary-dagbesteding = dagbesteding: zajęcia w ciągu dnia z innymi ludźmi, z opieką
glossary-bijzondere-bijstand = bijzondere bijstand: dodatkowe pieniądze od gminy na wysokie koszty
glossary-toeslagen = toeslagen: pieniądze od państwa na czynsz, ubezpieczenie zdrowotne lub dzieci
glossary-ergotherapeut = ergotherapeut: ktoś, kto pomaga znowu samodzielnie robić codzienne rzeczy
glossary-ervaringsdeskundige = ervaringsdeskundige: ktoś, kto sam przeżył to samo
