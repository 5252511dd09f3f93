# Wegwijzer: de Nederlandse teksten van de widget zelf (knoppen, koppen, foutmeldingen).
#
# Taalniveau B1, je-vorm. Korte zinnen (rond 10 woorden), één boodschap per zin,
# actief, geen ambtelijke woorden. De teksten over vragen en adviezen staan in flow.ftl.
# Een gemeente kan elke tekst overschrijven met een eigen .ftl-bestand (overlay).

## Crisisbalk: altijd zichtbaar, boven de vraag.

crisis-heading = Direct hulp nodig?
crisis-role-emergency = Levensgevaar?
crisis-role-suicide-prevention = Denk je aan zelfdoding?
crisis-role-suicide-prevention-helper = Denkt iemand aan zelfdoding?
crisis-role-veilig-thuis = Onveilig thuis?
crisis-role-huisartsenpost = 's Avonds of in het weekend een dokter nodig?
crisis-role-gemeente = Een vraag aan de gemeente?
crisis-role-helpline = Wil je met iemand praten?

## Telefoon en openingstijden

phone-call = Bel { $number }
phone-free = gratis
phone-anonymous = je naam zeggen hoeft niet
hours-always = dag en nacht
hours-label = Bereikbaar:
schedule-walk-in = Binnenlopen zonder afspraak:
schedule-phone = Bellen:
schedule-appointment = Op afspraak:
opening-time = { $days } van { $opens } tot { $closes }
day-range = { $from } tot en met { $to }
day-mo = maandag
day-tu = dinsdag
day-we = woensdag
day-th = donderdag
day-fr = vrijdag
day-sa = zaterdag
day-su = zondag
address-label = Adres:
link-website = Website van { $name }
link-chat = Chat met { $name }
link-email = Mail naar { $address }

## Vraagscherm

progress = Vraag { $number } van hooguit { $total }
button-next = Volgende
button-skip = Sla over
button-back = Terug
why-question = Waarom vragen we dit?
choose-many = Je mag meer dan één antwoord kiezen.
helper-toggle = Ik vul dit in voor iemand anders
answer-yes = Ja
answer-no = Nee
postcode-label = Postcode
postcode-hint = Bijvoorbeeld: 1234 AB
house-number-label = Huisnummer (mag je leeg laten)
house-number-hint = Bijvoorbeeld: 12 of 12a
text-count = { $left ->
    [one] Je kunt nog 1 teken typen.
   *[other] Je kunt nog { $left } tekens typen.
}
text-over = { $over ->
    [one] Dat is 1 teken te veel.
   *[other] Dat zijn { $over } tekens te veel.
}
# Said (politely) when ticking one option unticked others, or the reverse.
choice-others-off = De andere keuzes zijn uitgezet.
choice-exclusive-off = De keuze { $option } is uitgezet.

## Foutmeldingen: zeg wat er mis is en hoe het goed gaat.

error-summary-title = Er gaat iets mis
error-prefix = Fout:
error-required = Je hebt nog geen antwoord gegeven. Kies een antwoord of vul iets in.
error-choose-one = Kies een van de antwoorden.
error-exclusive = Je koos „{ $option }” en ook iets anders. Kies één van de twee.
error-postcode-format = Vul je postcode in met 4 cijfers en 2 letters. Bijvoorbeeld: 1234 AB.
error-postcode-format-helper = Vul de postcode in met 4 cijfers en 2 letters. Bijvoorbeeld: 1234 AB.
error-postcode-leading-zero = Een postcode begint niet met een 0. Kijk nog eens naar de cijfers.
error-postcode-reserved = Deze postcode bestaat niet. Kijk nog eens naar de letters.
error-house-number = Vul een huisnummer in, zoals 12 of 12a. Of laat het vak leeg.
error-house-number-needed = In jouw straat werken twee teams. Vul je huisnummer in, dan weten we welk team bij je past.
error-house-number-needed-helper = In de straat van de ander werken twee teams. Vul het huisnummer in, dan weten we welk team past.
advice-words-missing = De tekst van dit advies is nog niet helemaal geladen. De telefoonnummers hieronder kloppen wel. Laad de pagina opnieuw als dit zo blijft, of bel de gemeente.
advice-heading-fallback = Jouw advies
error-too-long = Je tekst is te lang. Je kunt { $max } tekens gebruiken.

## Je antwoorden

answers-heading = Je antwoorden
answers-change = Wijzig
answers-change-label = Wijzig je antwoord op: { $question }
answers-skipped = Overgeslagen
restart = Opnieuw beginnen

## Snel weg

quick-exit = Snel weg
quick-exit-note = Je browsergeschiedenis wordt niet gewist.
quick-exit-keys = Je kunt ook twee keer op Esc drukken.

## Taal en voorlezen

language-label = Taal / Language
language-apply = Wissel taal
read-aloud = Lees voor
read-aloud-stop = Stop met voorlezen
# Shown after "Lees voor" when the device has no voice of its own for the language (network voices are never used).
read-aloud-no-voice = Voorlezen lukt hier niet. Dit apparaat heeft geen stem voor deze taal.

## Advies

urgency-urgent = Doe dit snel. Wacht niet te lang.
urgency-crisis = Ben je nu in gevaar? Bel 112.
urgency-crisis-helper = Is er nu gevaar? Bel 112.
first-contact-lead = Neem eerst contact op met:
why-advice = Waarom dit advies?
team-heading = Je wijkteam
team-heading-helper = Het wijkteam van de ander
team-choose = Bij je postcode horen meer teams. Kies het team van je straat.
team-choose-helper = Bij deze postcode horen meer teams. Kies het team van de straat van de ander.
team-unknown = We weten niet welk wijkteam bij je postcode hoort. Bel de gemeente, zij helpen je verder.
team-unknown-helper = We weten niet welk wijkteam bij deze postcode hoort. Bel de gemeente, zij helpen verder.
team-skipped = Je hebt geen postcode gegeven. Bel de gemeente, zij helpen je verder.
client-support-heading = Wil je dat iemand met je meegaat? Dat is gratis.
client-support-heading-helper = Wil de ander dat iemand meegaat? Dat is gratis.
client-support-text = Een cliëntondersteuner staat naast je. Die helpt je bij het gesprek met de gemeente.
client-support-text-helper = Een cliëntondersteuner staat naast de ander. Die helpt bij het gesprek met de gemeente.
community-heading = Hulp in de buurt
community-text = Je kunt hier ook terecht. Dat mag naast de hulp van de gemeente.
community-text-helper = De ander kan hier ook terecht. Dat mag naast de hulp van de gemeente.
bring-in-heading = Ze kunnen ook deze hulp erbij halen
also-heading = Ook handig om te weten
more-help-heading = Meer hulp in de buurt
crisis-advice-heading = Hulp als het nu niet veilig is
helper-tip-heading = Tip voor jou als helper
steps-heading = Wat gebeurt er daarna?
bring-heading = Neem mee

## Mijn overzicht

handover-heading = Mijn overzicht
handover-heading-helper = Overzicht voor de ander
handover-intro = Neem dit mee naar je gesprek. Of laat het zien aan iemand die je helpt.
handover-intro-helper = Neem dit mee naar het gesprek. Of geef het aan de ander.
handover-topics = Waar gaat het over?
handover-own-words = In mijn eigen woorden
handover-own-words-helper = In de woorden van de ander
handover-advice = Mijn advies
handover-advice-helper = Advies voor de ander
handover-first-contact = Eerst contact met
handover-client-support = Gratis hulp van een cliëntondersteuner
handover-contacts = Andere contacten
handover-date = Gemaakt op { $date }
handover-rights = Je rechten
handover-rights-helper = De rechten van de ander
right-client-support = Je mag gratis hulp van een cliëntondersteuner.
right-client-support-helper = De ander mag gratis hulp van een cliëntondersteuner.
right-company = Je mag iemand meenemen naar het gesprek.
right-company-helper = De ander mag iemand meenemen naar het gesprek. Bijvoorbeeld jou.
right-objection = Ben je het niet eens met de brief met het besluit? Laat het binnen 6 weken weten. Dat heet bezwaar maken.
right-objection-helper = Is de ander het niet eens met de brief met het besluit? Laat het binnen 6 weken weten. Dat heet bezwaar maken.
handover-print = Print
handover-copy = Kopieer
handover-copied = Gekopieerd
handover-copy-failed = Kopiëren lukt niet. Selecteer de tekst en kopieer hem zelf.
handover-share = Deel link
share-intro = Met deze link open je je antwoorden op een ander apparaat. De link staat alleen op jouw scherm. Je eigen woorden staan er niet in.
share-label = Link naar je antwoorden
share-copy = Kopieer link

# The share panel says plainly that the link is not secret.
share-anyone = Iedereen die deze link heeft, kan je antwoorden zien.
