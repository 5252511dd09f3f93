# Wegwijzer: de Nederlandse teksten van de widget zelf (knoppen, koppen, foutmeldingen), in de u-vorm.
#
# Taal: Nederlands (nl), u-vorm. Bron: locales/nl/ui.ftl (je-vorm, B1).
# Machine-assisted translation; needs review by a native speaker. Datum: 2026-11-23.
#
# Een volledige tweede set: elke tekst staat hier, ook als er geen "je" in staat, zodat een
# gemeente met de u-vorm nooit een mix ziet. Taalniveau B1, korte zinnen, actief.
# Crisisteksten mogen direct blijven ("Bel 112"). De teksten over vragen en adviezen staan in flow.ftl.

## Crisisbalk: altijd zichtbaar, boven de vraag.

crisis-heading = Direct hulp nodig?
crisis-role-emergency = Levensgevaar?
crisis-role-suicide-prevention = Denkt u aan zelfdoding?
crisis-role-suicide-prevention-helper = Denkt iemand aan zelfdoding?
crisis-role-veilig-thuis = Onveilig thuis?
crisis-role-huisartsenpost = 's Avonds of in het weekend een dokter nodig?
crisis-role-gemeente = Een vraag aan de gemeente?
crisis-role-helpline = Wilt u met iemand praten?

## Telefoon en openingstijden

phone-call = Bel { $number }
phone-free = gratis
phone-anonymous = uw naam zeggen hoeft niet
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
choose-many = U mag meer dan één antwoord kiezen.
helper-toggle = Ik vul dit in voor iemand anders
answer-yes = Ja
answer-no = Nee
postcode-label = Postcode
postcode-hint = Bijvoorbeeld: 1234 AB
house-number-label = Huisnummer (mag u leeg laten)
house-number-hint = Bijvoorbeeld: 12 of 12a
text-count = { $left ->
    [one] U kunt nog 1 teken typen.
   *[other] U kunt nog { $left } tekens typen.
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
error-required = U heeft nog geen antwoord gegeven. Kies een antwoord of vul iets in.
error-choose-one = Kies een van de antwoorden.
error-exclusive = U koos „{ $option }” en ook iets anders. Kies één van de twee.
error-postcode-format = Vul uw postcode in met 4 cijfers en 2 letters. Bijvoorbeeld: 1234 AB.
error-postcode-format-helper = Vul de postcode in met 4 cijfers en 2 letters. Bijvoorbeeld: 1234 AB.
error-postcode-leading-zero = Een postcode begint niet met een 0. Kijk nog eens naar de cijfers.
error-postcode-reserved = Deze postcode bestaat niet. Kijk nog eens naar de letters.
error-house-number = Vul een huisnummer in, zoals 12 of 12a. Of laat het vak leeg.
error-house-number-needed = In uw straat werken twee teams. Vul uw huisnummer in, dan weten we welk team bij u past.
error-house-number-needed-helper = In de straat van de ander werken twee teams. Vul het huisnummer in, dan weten we welk team past.
advice-words-missing = De tekst van dit advies is nog niet helemaal geladen. De telefoonnummers hieronder kloppen wel. Laad de pagina opnieuw als dit zo blijft, of bel de gemeente.
advice-heading-fallback = Uw advies
error-too-long = Uw tekst is te lang. U kunt { $max } tekens gebruiken.

## Uw antwoorden

answers-heading = Uw antwoorden
answers-change = Wijzig
answers-change-label = Wijzig uw antwoord op: { $question }
answers-skipped = Overgeslagen
restart = Opnieuw beginnen

## Snel weg

quick-exit = Snel weg
quick-exit-note = Uw browsergeschiedenis wordt niet gewist.
quick-exit-keys = U kunt ook twee keer op Esc drukken.

## Taal en voorlezen

language-label = Taal / Language
language-apply = Wissel taal
read-aloud = Lees voor
read-aloud-stop = Stop met voorlezen
read-aloud-no-voice = Voorlezen lukt hier niet. Dit apparaat heeft geen stem voor deze taal.

## Advies

urgency-urgent = Doe dit snel. Wacht niet te lang.
urgency-crisis = Bent u nu in gevaar? Bel 112.
urgency-crisis-helper = Is er nu gevaar? Bel 112.
first-contact-lead = Neem eerst contact op met:
why-advice = Waarom dit advies?
team-heading = Uw wijkteam
team-heading-helper = Het wijkteam van de ander
team-choose = Bij uw postcode horen meer teams. Kies het team van uw straat.
team-choose-helper = Bij deze postcode horen meer teams. Kies het team van de straat van de ander.
team-unknown = We weten niet welk wijkteam bij uw postcode hoort. Bel de gemeente, zij helpen u verder.
team-unknown-helper = We weten niet welk wijkteam bij deze postcode hoort. Bel de gemeente, zij helpen verder.
team-skipped = U heeft geen postcode gegeven. Bel de gemeente, zij helpen u verder.
client-support-heading = Wilt u dat iemand met u meegaat? Dat is gratis.
client-support-heading-helper = Wil de ander dat iemand meegaat? Dat is gratis.
client-support-text = Een cliëntondersteuner staat naast u. Die helpt u bij het gesprek met de gemeente.
client-support-text-helper = Een cliëntondersteuner staat naast de ander. Die helpt bij het gesprek met de gemeente.
community-heading = Hulp in de buurt
community-text = U kunt hier ook terecht. Dat mag naast de hulp van de gemeente.
community-text-helper = De ander kan hier ook terecht. Dat mag naast de hulp van de gemeente.
bring-in-heading = Ze kunnen ook deze hulp erbij halen
also-heading = Ook handig om te weten
more-help-heading = Meer hulp in de buurt
crisis-advice-heading = Hulp als het nu niet veilig is
helper-tip-heading = Tip voor u als helper
steps-heading = Wat gebeurt er daarna?
bring-heading = Neem mee

## Mijn overzicht

handover-heading = Mijn overzicht
handover-heading-helper = Overzicht voor de ander
handover-intro = Neem dit mee naar uw gesprek. Of laat het zien aan iemand die u helpt.
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
handover-rights = Uw rechten
handover-rights-helper = De rechten van de ander
right-client-support = U mag gratis hulp van een cliëntondersteuner.
right-client-support-helper = De ander mag gratis hulp van een cliëntondersteuner.
right-company = U mag iemand meenemen naar het gesprek.
right-company-helper = De ander mag iemand meenemen naar het gesprek. Bijvoorbeeld u.
right-objection = Bent u het niet eens met de brief met het besluit? Laat het binnen 6 weken weten. Dat heet bezwaar maken.
right-objection-helper = Is de ander het niet eens met de brief met het besluit? Laat het binnen 6 weken weten. Dat heet bezwaar maken.
handover-print = Print
handover-copy = Kopieer
handover-copied = Gekopieerd
handover-copy-failed = Kopiëren lukt niet. Selecteer de tekst en kopieer hem zelf.
handover-share = Deel link
share-intro = Met deze link opent u uw antwoorden op een ander apparaat. De link staat alleen op uw scherm. Uw eigen woorden staan er niet in.
share-label = Link naar uw antwoorden
share-copy = Kopieer link

# The share panel says plainly that the link is not secret.
share-anyone = Iedereen die deze link heeft, kan uw antwoorden zien.
