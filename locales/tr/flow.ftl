# Wegwijzer: Türkçe metinler (sorular, seçenekler, tavsiyeler, adımlar, getirilecekler, hizmetler).
# Language: Turkish (tr). Source: locales/nl/flow.ftl
# Machine-assisted translation; needs review by a native speaker. Date: 2026-11-23.
#
# Hitap: "siz" (saygılı ve sıcak). Kısa cümleler, günlük kelimeler (B1).
# Hollandaca resmi terimler, mektuplarda göründükleri için bir kez parantez içinde kalır.
# { $term } her zaman ek almadan kullanılır ("{ $term } içinde", "{ $term } sonra").
# REVIEW(tr): the Dutch source uses informal "je"; this file uses polite "siz", which is the
# usual warm-but-respectful form for Turkish public information. Confirm with the reviewer.


## Süreler. $unit: hours, days, working-days veya weeks.

duration = { $unit ->
    [hours] { $amount } saat
    [days] { $amount ->
        [one] 1 gün
       *[other] { $amount } gün
    }
    [working-days] { $amount ->
        [one] 1 iş günü
       *[other] { $amount } iş günü
    }
   *[weeks] { $amount ->
        [one] 1 hafta
       *[other] { $amount } hafta
    }
}


## Soru: hangi konuda yardım istiyorsunuz?

question-topic = Hangi konuda yardım istiyorsunuz?
    .hint = Birden fazla konu seçebilirsiniz.
    .why = Böylece sizin için en doğru yeri buluruz. Cevaplarınız sadece kendi cihazınızda kalır.
question-topic-helper = Yardım ettiğiniz kişi hangi konuda yardım istiyor?
    .hint = Birden fazla konu seçebilirsiniz.

option-topic-money = Para ve faturalar
    .hint = borçlar, ödeyemediğiniz faturalar
option-topic-work-income = İş veya gelir
    .hint = işini kaybetmek, hiç ya da çok az gelir
option-topic-home = Ev ve ev işleri
    .hint = ev işleri, evi ihtiyaca göre düzenlemek
option-topic-health = Sağlığınız ve kendinizi nasıl hissettiğiniz
    .hint = beden, ruh sağlığı, alkol veya uyuşturucu
option-topic-children = Çocuklar ve çocuk yetiştirme
    .hint = çocuğunuz için endişeleniyorsunuz
option-topic-caring = Başka birine bakmak
    .hint = annenize, babanıza, eşinize veya çocuğunuza bakıyorsunuz
option-topic-alone = Kendinizi yalnız hissetmek
    .hint = başkalarıyla az görüşmek
option-topic-safety = Evde güvende olmak
    .hint = evde şiddet, tehdit veya korku
option-topic-taking-part = Hayata katılmak
    .hint = gün içinde bir şey yapmak, gönüllü çalışmak, öğrenmek
option-topic-letters = Mektuplar ve formlar
    .hint = bir mektubu anlamak, bir karara katılmamak
option-topic-dont-know = Aynı anda çok şey var / bilmiyorum
    .hint = tek bir ekip her konuda size yardım eder


## Soru: borç yüzünden kötü bir şey olacak mı?

question-debt-threat = Evinizden çıkmak zorunda kalabilir misiniz? Ya da gazınız, elektriğiniz veya suyunuz kesilecek mi?
    .hint = Sağlık sigortanız bitiyorsa da “Evet” seçin.
    .why = O zaman belediye size daha hızlı yardım etmek zorundadır. Birkaç gün içinde bir görüşmeniz olur.
question-debt-threat-helper = O kişi evinden çıkmak zorunda kalabilir mi? Ya da gazı, elektriği veya suyu kesilecek mi?
    .hint = O kişinin sağlık sigortası bitiyorsa da “Evet” seçin.


## Soru: iş veya gelir

question-income-situation = Size en uygun olan hangisi?
    .why = İşsizlik için önce UWV'ye gidersiniz. Sosyal yardım (bijstand) için belediyeye gidersiniz.
question-income-situation-helper = O kişiye en uygun olan hangisi?

option-income-situation-lost-job = İşimi kaybettim veya kaybetmek üzereyim
option-income-situation-no-income = Hiç gelirim yok veya gelirim geçinmeye yetmiyor
option-income-situation-other = Başka bir şey
    .hint = belediye sizinle birlikte çözüm arar

# REVIEW(tr): "ek bir kural" = the 4-week search period for under-27s (zoektermijn); check the wording is not alarming.
question-under-27 = 27 yaşından küçük müsünüz?
    .why = 27 yaşından küçük gençler için sosyal yardımda ek bir kural var.
question-under-27-helper = O kişi 27 yaşından küçük mü?


## Soru: ev ve ev işleri

question-home-need = Evde hangi konuda yardıma ihtiyacınız var?
    .why = Böylece size hangi yardımın uygun olduğunu biliriz.
question-home-need-helper = O kişinin evde hangi konuda yardıma ihtiyacı var?

option-home-need-household = Ev işlerini veya kendi bakımımı artık yapamıyorum
    .hint = örneğin temizlik, yıkanmak veya giyinmek
option-home-need-adaptation = Evde bir düzenleme, tekerlekli sandalye veya ulaşım
    .hint = örneğin merdiven asansörü veya markete taksi
option-home-need-other = Başka bir şey
    .hint = belediye sizinle birlikte çözüm arar


## Soru: sağlık

question-health-need = Size en uygun olan hangisi?
    .why = Durumunuz çok kötüyse size hemen en hızlı yardımı gösteririz.
question-health-need-helper = O kişiye en uygun olan hangisi?

# REVIEW(tr): crisis wording about suicide; check that the tone is calm and safe.
option-health-need-crisis = Kendimi çok kötü hissediyorum. İntiharı düşünüyorum.
option-health-need-unwell = Bedenen veya ruhen kendimi iyi hissetmiyorum
    .hint = alkol, uyuşturucu veya kumar sorunlarında da
option-health-need-someone-else = Başka biri için endişeleniyorum
    .hint = örneğin kafası karışık görünen bir komşu


## Soru: çocuklar

question-child-safety = Çocuğunuzun güvende olup olmadığından endişe ediyor musunuz?
    .hint = Örneğin: biri çocuğunuza vuruyor veya evde çok şiddet var.
    .why = Çocuğunuz güvende değilse size hemen doğru yardımı gösteririz.
question-child-safety-helper = Çocuğun güvende olup olmadığından endişe ediyor musunuz?
    .hint = Örneğin: biri çocuğa vuruyor veya evde çok şiddet var.


## Soru: mektuplar

question-letter-kind = Mektupla ilgili sorun ne?
    .why = Böylece dikkat etmeniz gereken bir tarih olup olmadığını biliriz.
question-letter-kind-helper = O kişinin mektubuyla ilgili sorun ne?

option-letter-kind-understand = Bir mektubu veya formu anlamıyorum
option-letter-kind-disagree = Bir karara katılmıyorum


## Soru: mucize sorusu (atlayabilirsiniz)

question-own-words = Durum düzelirse ne farklı olurdu?
    .hint = Kendi sözlerinizle yazın. Bu soruyu atlayabilirsiniz.
    .why = Böylece sizin için neyin önemli olduğunu görürsünüz. Bunu görüşmenize götürün. Biz bunu hiçbir yere göndermeyiz.
question-own-words-helper = Durum düzelirse o kişi için ne farklı olurdu?
    .hint = Birlikte, o kişinin kendi sözleriyle yazın. Bu soruyu atlayabilirsiniz.


## Soru: posta kodu (atlayabilirsiniz)

question-postcode = Posta kodunuz nedir?
    .hint = Ev numaranızı da yazabilirsiniz. Zorunlu değil.
    .why = Böylece size yakın olan ekibi buluruz. Posta kodunuz kendi cihazınızda kalır.
question-postcode-helper = O kişinin posta kodu nedir?
    .hint = Ev numarasını da yazabilirsiniz. Zorunlu değil.


## Tavsiyeler

outcome-unsafe-at-home = Şu anda tehlikede misiniz? 112'yi arayın.
    .why = Güvenliğiniz her şeyden önce gelir. Hemen bir tehlike yoksa Veilig Thuis'i arayın. Adınızı söylemeden arayabilirsiniz.
    .helper = O kişinin cevaplamak istemediği soruları sormayın. Kendisi arasın ya da birlikte arayın.

outcome-mental-crisis = Şimdi 113 ile konuşun
    .why = Bunu tek başınıza taşımak zorunda değilsiniz. 113'te sizi gece gündüz dinlerler. Ücretsizdir ve adınızı söylemeniz gerekmez.
    .helper = O kişinin yanında kalın. Birlikte arayın ya da o kişi yazışsın (chat). Hemen tehlike varsa 112'yi arayın.

outcome-debt-help = Borç yardımı (schuldhulp) size destek olabilir
    .why = Her belediye borçlar konusunda yardım etmek zorundadır. Ne kadar erken başlarsanız o kadar iyi.
    .helper = Mektupları toplamaya yardım edin. SchuldHulpMaatje'den bir gönüllü de görüşmeye gelebilir.

outcome-debt-help-urgent = Borç yardımını hemen arayın
    .why = Ciddi bir tehlike var: eviniz, gazınız, elektriğiniz, suyunuz veya sağlık sigortanız. O zaman belediye size çok hızlı yardım etmek zorundadır.
    .helper = Bugün birlikte arayın. Neyin tehlikede olduğunu hemen söyleyin. Mektubu elinizin altında tutun.

outcome-job-loss = Önce UWV'ye başvurun
    .why = İşinizi mi kaybettiniz? O zaman işsizlik parası (WW-uitkering) alabilirsiniz. Bunu belediyede değil, UWV'de ayarlarsınız.
    .helper = werk.nl'ye giriş yapmaya yardım edin. WW'nin geçinmeye yetip yetmediğine birlikte bakın.

outcome-income-support = Belediye sosyal yardımla (bijstand) size yardım edebilir
    .why = Hiç geliriniz yok mu, ya da çok mu az? O zaman belediyeden sosyal yardım isteyebilirsiniz.
    .helper = Şu anda hiç para yoksa birlikte avans (voorschot) isteyin. Bu bir haktır.

outcome-income-support-young = Belediye sosyal yardımla (bijstand) size yardım edebilir
    .why = Hiç geliriniz yok mu, ya da çok mu az? O zaman belediyeden sosyal yardım isteyebilirsiniz. Gençler için ek bir kural var.
    .helper = Birlikte iş veya okul arayın. Ne yaptığınızı not edin. Bu, başvuruda işe yarar.

outcome-wmo-household = Belediye evde size yardım edebilir
    .why = Ev işlerini veya kendi bakımınızı artık yapamıyor musunuz? O zaman belediye size uygun yardıma bakabilir.
    .helper = Görüşmeye birlikte gidin. Bir destek danışmanı (cliëntondersteuner) da gelebilir. Bu ücretsizdir.

outcome-wmo-adaptation = Belediye evde düzenleme için size yardım edebilir
    .why = Evinizde bir düzenlemeye mi ihtiyacınız var? Ya da tekerlekli sandalyeye veya ulaşıma mı? Belediye yardım edebilir.
    .helper = Evde zor olan şeylerin fotoğraflarını birlikte çekin. Bu, görüşmede işe yarar.

outcome-child-worry = Çocuğunuzla ilgili endişelerinizi konuşun
    .why = Centrum voor Jeugd en Gezin (Gençlik ve Aile Merkezi) anne babalara ve çocuklara yardım eder. Her soruyla gidebilirsiniz.
    .helper = Endişeleri ciddiye alın. Anne veya baba isterse ilk görüşmeye birlikte gidin.

outcome-child-unsafe = Çocuğunuz şu anda tehlikede mi? 112'yi arayın.
    .why = Çocuğunuzun güvenliği her şeyden önce gelir. Veilig Thuis ne yapabileceğinizi bilir.
    .helper = Veilig Thuis'i birlikte arayın. Emin olmasanız da arayabilirsiniz.

outcome-carer-support = Yakınına bakanlar için yardım var
    .why = Birine mi bakıyorsunuz? O zaman siz bir bakım verensiniz (mantelzorger). Siz de yardım isteyebilirsiniz.
    .helper = Bakım veren kişinin kendisinin nasıl olduğunu sorun. Bu çoğu zaman unutulur.

outcome-loneliness = Yakınınızda insanlar var
    .why = Birçok insan bazen kendini yalnız hisseder. Mahallenizde başka insanlarla tanışabilirsiniz.
    .helper = İlk seferde bir etkinliğe birlikte gidin. Böylece ilk adım daha kolay olur.

outcome-taking-part = Mahallenizde bir şeylere katılın
    .why = Gün içinde bir şey yapmak huzur ve insan ilişkisi verir. Sosyal hizmetler (welzijnswerk) size uygun bir şey bulmanıza yardım eder.
    .helper = O kişiye neyi sevdiğini veya neyi iyi yaptığını sorun. Küçük başlayın.

outcome-letter-help = Mektubu biriyle birlikte okuyun
    .why = Sosyal danışmanlar (sociaal raadslieden) mektup ve formlarda ücretsiz yardım eder.
    .helper = Mektuptaki tarihe birlikte bakın. Çok beklemeyin.

# REVIEW(tr): "itiraz etmek (bezwaar maken)" — check the legal nuance of the objection procedure.
outcome-objection-help = Karara katılmadığınızı bildirebilirsiniz
    .why = Bir karara katılmıyor musunuz? O zaman itiraz edebilirsiniz (bezwaar maken). Bunun için bir süre var.
    .helper = Mektuptaki tarihe dikkat edin. Yazmaya yardım edin ya da danışmanlara (raadslieden) birlikte gidin.

outcome-health-support = Aile hekiminiz ve mahalle ekibiyle konuşun
    .why = Aile hekiminiz (huisarts) sağlığınız için yardım eder. Mahalle ekibi (wijkteam) diğer konularda yardım eder.
    .helper = O kişi isterse aile hekimine birlikte gidin. Olup biteni birlikte yazın.

outcome-worry-about-someone = Başka biri için endişelerinizi bildirin
    .why = Biri için endişeleniyorsunuz ama durum acil değil mi? O zaman bildirim hattını (meldpunt) arayabilirsiniz.
    .helper = Ne gördüğünüzü, nerede ve ne zaman gördüğünüzü yazın. Bu, bildirim hattına yardımcı olur.

outcome-several-problems = Tek bir ekip her konuda size yardım eder
    .why = Aynı anda çok şey mi var? O zaman sosyal mahalle ekibi (sociaal wijkteam) size yardım eder. Derdinizi sadece bir kez anlatırsınız.
    .helper = En çok endişe veren şeylerin listesini birlikte yapın. Benzer şeyler yaşamış biri (ervaringsdeskundige) de yardım edebilir.

outcome-ask-gemeente = Belediyeyi arayın
    .why = Belediye sorunuzu dinler. Sizinle birlikte doğru yardımı arar.
    .helper = Birlikte arayın. Sorunuzu önceden yazın.


## Şimdi ne olacak? ($term süredir, örneğin "6 hafta")

step-danger-call-112 = Şu anda tehlikede misiniz? 112'yi arayın.
step-danger-now-112 = Şu anda tehlike var mı? 112'yi arayın.
step-veilig-thuis-call = Veilig Thuis'i arayın. Gece gündüz açıktırlar. Adınızı söylemeden arayabilirsiniz.
step-veilig-thuis-child = Veilig Thuis'i arayın. Çocuğunuz için sizinle birlikte düşünürler.
step-veilig-thuis-helps = Veilig Thuis size tavsiye verir. Siz isterseniz yardım ayarlarlar.
step-safe-place = Evde kalamıyor musunuz? Veilig Thuis sizinle birlikte güvenli bir yer (opvang) arar.
step-child-can-call = Çocuğunuz da Kindertelefoon'u kendisi arayabilir veya yazışabilir (chat). Bu ücretsizdir.

step-call-113-now = Şimdi 113'ü arayın veya yazışın (chat). Ücretsizdir ve adınızı söylemeniz gerekmez.
step-no-forms = Hiçbir form doldurmanız gerekmez.
step-huisarts-soon = Aile hekiminizle de konuşun. Akşamları ve hafta sonu nöbetçi doktoru (huisartsenpost) arayın.

step-debt-sign-up = Borç yardımını (schuldhulp) arayın veya e-posta gönderin. Danışma saatinde (spreekuur) de gidebilirsiniz.
step-debt-intake = { $term } içinde ilk görüşmeniz (intakegesprek) olur.
step-debt-threat-later = Yine de evinizden çıkmanız mı gerekiyor, ya da bir şey kesilecek mi? Bunu hemen söyleyin.
step-debt-say-urgent = Neyin tehlikede olduğunu hemen söyleyin. Bununla ilgili mektubu yanınıza alın.
step-debt-intake-urgent = O zaman { $term } içinde ilk görüşmeniz (intakegesprek) olur.
step-debt-decision = Sonra kararı bildiren bir mektup alırsınız. Bu genellikle yaklaşık { $term } sürer.
step-debt-cost = Bu yardım çoğu zaman ücretsizdir. Sormaktan çekinmeyin.

step-uwv-ww = UWV'den işsizlik parası (WW-uitkering) isteyin. Bunu werk.nl üzerinden yapabilirsiniz.
step-ww-too-low = WW alamıyor musunuz, ya da WW yetmiyor mu? O zaman belediye yardım edebilir.
step-dismissal-advice = İşten çıkarılmanıza katılmıyor musunuz? Juridisch Loket size hukuki tavsiye verir.
step-toeslagen-check = Devlet desteklerine (toeslagen) hakkınız olup olmadığına bakın. Sosyal danışmanlar size yardım eder.

step-bijstand-sign-up = Önce werk.nl'de kaydolun. Sonra belediye sizinle iletişime geçer.
step-money-today = Şu anda yemek veya kira için paranız yok mu? Bunu hemen söyleyin.
# REVIEW(tr): "avans (voorschot)" — check that it is clear this is money paid before the decision.
step-bijstand-advance = { $term } sonra hâlâ karar yok mu? O zaman avans (voorschot) alırsınız.
step-bijstand-decision = { $term } içinde kararı bildiren bir mektup alırsınız.
step-special-costs = Ödeyemediğiniz yüksek masraflarınız mı var? Özel sosyal yardım (bijzondere bijstand) isteyin.
step-young-search = 27 yaşından küçüksünüz. O zaman önce { $term } boyunca iş veya okul ararsınız.
step-young-rule-may-change = Bu kural değişebilir. Şu anda neyin geçerli olduğunu sorun.

step-wmo-melding = Belediyeye neye ihtiyacınız olduğunu söylersiniz (melding). Size bir onay gelir.
step-wmo-own-plan = Kendiniz bir plan yazmak ister misiniz? Bunu yapabilirsiniz. Bunun için { $term } süreniz var (persoonlijk plan).
step-wmo-talk = { $term } içinde biri sizinle konuşur, çoğu zaman evinizde (keukentafelgesprek).
step-wmo-talk-adaptation = { $term } içinde biri sizinle konuşur. Bazen bir ergoterapist (ergotherapeut) de gelir.
step-wmo-bring-someone = Görüşmeye birini getirebilirsiniz. Örneğin aileden biri veya bir destek danışmanı (cliëntondersteuner).
step-wmo-report = Sonra bir rapor alırsınız. Yanlış bir şey mi var? O zaman söyleyin.
# REVIEW(tr): "beschikking" explained as "kararı bildiren mektup"; check it reads naturally.
step-wmo-decision = Yardım mı istiyorsunuz? O zaman { $term } içinde kararı bildiren bir mektup (beschikking) alırsınız.
step-wmo-urgent = Acil mi? Bunu hemen söyleyin. O zaman hızlıca geçici yardım gelebilir.
step-wmo-cost = Çoğu yardım için her ay sabit bir miktar ödersiniz (eigen bijdrage). Faturayı CAK gönderir.
step-wmo-delivery = Sonra biraz daha zaman geçer. Tekerlekli sandalye veya tadilat zaman alır.
step-rented-home = Evinizi kiralıyor musunuz? O zaman ev sahibinize de söyleyin.
step-objection = Karara katılmıyor musunuz? Bunu { $term } içinde bildirin (bezwaar maken).

step-jeugd-talk = Önce bir görüşme yaparsınız, çoğu zaman bütün aileyle.
step-jeugd-plan = Aileniz için birlikte bir plan yaparsınız (gezinsplan).
step-jeugd-decision = Özel yardım (jeugdhulp) gerekiyor mu? O zaman { $term } içinde kararı bildiren bir mektup alırsınız.
step-jeugd-urgent = Acil mi? Bunu söyleyin. O zaman hemen yardım gelir.
step-jeugd-huisarts = Aile hekiminiz de sizi doğrudan çocuk ve gençlik yardımına (jeugdhulp) yönlendirebilir.

step-carer-contact = Destek merkeziyle (steunpunt) iletişime geçin. Sizi dinlerler ve sizinle birlikte düşünürler.
step-carer-break = Dinlenmeye mi ihtiyacınız var? Bakımı bir süre üstlenecek birini isteyin (respijtzorg).
step-carer-wmo = Baktığınız kişinin daha fazla yardıma mı ihtiyacı var? Bunu belediyeye bildirin. { $term } içinde bir görüşme olur.
step-carer-thanks = Belediye her yıl bakım verenlere teşekkür eder (mantelzorgwaardering). Destek merkezi size nasıl olduğunu anlatır.

step-welzijn-contact = Sosyal hizmetleri (welzijnswerk) arayın veya uğrayın. Çoğu etkinlik için bekleme listesi yoktur.
step-welzijn-visit = Biri sizi geri arar veya size uğrar.
step-talk-now = Şimdi biriyle konuşmak mı istiyorsunuz? De Luisterlijn gece gündüz açıktır.
step-feeling-down = Sık sık kendinizi mutsuz mu hissediyorsunuz? Bunu aile hekiminizle de konuşun.
step-ending-life-113 = İntiharı mı düşünüyorsunuz? O zaman 113'ü arayın veya yazışın (chat).
step-taking-part-choose = Size neyin uygun olduğuna birlikte bakarsınız. Örneğin gönüllü çalışma, bir kurs veya bir etkinlik.
step-day-activities = Gün içinde bir şey yapmak için daha fazla yardım mı gerekiyor? Belediyeye gündüz etkinlikleri (dagbesteding) sorun.

step-raadslieden-contact = Sosyal danışmanlardan (sociaal raadslieden) randevu alın. Ya da danışma saatine (spreekuur) gelin.
step-raadslieden-read = Mektubu birlikte okursunuz. Ne yapmanız gerektiğini açıklarlar.
step-letter-date = Mektupta bir tarih var mı? O zaman çok beklemeyin.
step-objection-deadline = İtiraz etmek için { $term } süreniz var. Süre, mektuptaki tarihten başlar.
step-objection-write = Sosyal danışmanlar mektubu yazmanıza yardım eder.
step-objection-call = Belediye çoğu zaman önce sizi arar. O zaman bu konuyu birlikte konuşursunuz.
step-objection-legal = Çok para mı söz konusu, ya da bir dava mı? Juridisch Loket'ten tavsiye isteyin.

step-huisarts-first = Kendi aile hekiminizden randevu alın.
step-huisartsenpost-call-first = Acil mi, akşam mı veya hafta sonu mu? Nöbetçi doktoru (huisartsenpost) arayın. Aramadan oraya gitmeyin.
step-wijkteam-more = Para veya yalnızlık gibi başka sorunlar da mı var? Mahalle ekibi (wijkteam) size yardım eder.

step-meldpunt-call = Bildirim hattını (meldpunt) arayın. Ne gördüğünüzü ve nerede olduğunu anlatın.
step-meldpunt-forward = Bildirim hattı, bildiriminizi o kişinin belediyesine iletir. Orada neyin gerektiğine bakarlar.
step-abuse-veilig-thuis = O kişiye kötü davranıldığını mı düşünüyorsunuz? O zaman Veilig Thuis'i arayın.

step-one-talk = Olan her şey hakkında tek bir görüşme yaparsınız.
step-one-plan = Birlikte tek bir plan yaparsınız. Sabit bir irtibat kişiniz olur.
step-tell-once = Derdinizi sadece bir kez anlatırsınız.
step-bring-in-desks = Diğer yardımları mahalle ekibi kendisi ayarlar.
step-several-debt-urgent = Evinizden çıkmanız mı gerekiyor, ya da bir şey kesilecek mi? Bunu hemen söyleyin. O zaman { $term } içinde borçlarınız hakkında bir görüşme olur.
step-several-wmo = Evde yardıma mı ihtiyacınız var? O zaman { $term } içinde bir görüşme olur, çoğu zaman evinizde.

step-gemeente-listens = Belediyeyi arayın. Sizi dinlerler. Size kimin yardım edebileceğini sizinle birlikte bulurlar.
step-gemeente-walk-in = Danışma saatinde (spreekuur) de gidebilirsiniz.

step-no-news-call = { $term } sonra hâlâ haber yok mu? O zaman siz arayın.
step-may-take-longer = Bazen yasada yazandan daha uzun sürer. O zaman durumu sormaktan çekinmeyin.


## Yanınıza alın

bring-id = Kimliğiniz (pasaport, kimlik kartı veya ehliyet)
bring-debt-letters = Borçlarınızla ilgili tüm mektuplar, ödeme hatırlatmaları (aanmaningen) ve icra memurunun (deurwaarder) mektupları da
bring-income-proof = Maaş bordronuz (loonstrook) veya ödeneğinizle ilgili mektup
bring-bank-statements = Son 3 ayın banka hesap dökümleri
bring-rent-contract = Kira sözleşmeniz
bring-rent-mortgage = Kira sözleşmeniz veya konut kredisi (hypotheek) belgeleriniz
bring-work-papers = İşten çıkarılma mektubunuz veya iş sözleşmeniz
bring-household-income = Evinizdeki herkesin ne kazandığı
bring-savings = Birikimlerinizin bir listesi
bring-what-is-hard = Neyi artık yapamadığınız ve ne zamandan beri
bring-medicine-list = İlaç listeniz veya doktorunuzdan mektuplar, varsa
bring-who-helps = Şu anda size kimin yardım ettiği, örneğin aileniz veya komşularınız
bring-own-plan = Kendi planınız, yazmak isterseniz
bring-what-cannot = Evde veya dışarıda artık neyi yapamadığınız
bring-medical-info = Doktorunuzdan mektuplar, varsa
bring-landlord = Kirada mı oturuyorsunuz? Ev sahibinizin adı ve telefon numarası
bring-photos = Evinizin ölçüleri veya fotoğrafları, varsa
bring-what-worries = Sizi neyin endişelendirdiği ve ne zamandan beri
bring-school-doctor = Okulun, aile hekiminin veya çocuk doktorunun (jeugdarts) adları
bring-earlier-reports = Daha önceki raporlar veya mektuplar, varsa
bring-care-tasks = Neler yaptığınız ve haftada kaç saat
bring-who-else-helps = Başka kimin yardım ettiği
bring-what-you-need = Sizin neye ihtiyacınız olduğu: dinlenme, pratik yardım veya konuşacak biri
bring-nothing-needed = Yanınıza bir şey almanız gerekmez.
bring-the-letter = Mektup ve zarfı. Tarih orada yazar.
bring-earlier-letters = Aynı konudaki önceki mektuplar
bring-what-you-notice = Neyi fark ettiğiniz ve ne zamandan beri
bring-what-you-saw = Ne gördüğünüz, nerede ve ne zamandan beri
bring-letters-you-have = Elinizdeki mektuplar
bring-worries-list = Sizi en çok endişelendiren şeylerin bir listesi


## Hizmetler: her hizmet için kısa bir satır

service-gemeente-contact = Belediyeye tüm sorularınız için. Size kimin yardım edebileceğini sizinle birlikte bulurlar.
service-wmo-loket = Evde yardım, evde düzenleme veya ulaşım için buraya başvurursunuz.
service-wijkteams = Sosyal mahalle ekipleri, aynı anda çok şey olduğunda yardım eder. Bu numara tüm mahalleler içindir.
service-wijkteam-noord = Noord mahallesinin ekibi. Tüm sorularınız için tek bir irtibat kişisi.
service-wijkteam-centrum = Centrum mahallesinin ekibi. Tüm sorularınız için tek bir irtibat kişisi.
service-wijkteam-zuid = Zuid mahallesinin ekibi. Tüm sorularınız için tek bir irtibat kişisi.
service-jeugd-gezin = Çocuk yetiştirme ve büyüme ile ilgili sorular için, hamilelikten 23 yaşına kadar.
service-werk-inkomen = Sosyal yardım (bijstand), yüksek masraflar ve iş arama konusunda yardım.
service-schuldhulp = Borçlar ve faturalar konusunda size yardım eder. Sabit bir irtibat kişiniz olur.
service-clientondersteuning = Sadece sizin tarafınızda olan biri. Görüşmelere sizinle gelir ve mektuplarda yardım eder. Bu ücretsizdir.
service-mantelzorg-steunpunt = Yakınına bakanlar (mantelzorgers) için: tavsiye, biraz dinlenme ve başkalarıyla tanışma.
service-welzijn = Mahalle evleri, etkinlikler, bir arkadaş (maatje) ve formlarda yardım.
service-schuldhulpmaatje = Bir gönüllü, paranız ve evraklarınız konusunda size yardım eder.
service-voedselbank = Bir süre alışverişe paranız yoksa yiyecek.
service-vrijwilligerscentrale = Gönüllü işler, bir arkadaş (maatje) veya gönüllülerin yaptığı ulaşım.
service-sociaal-raadslieden = Mektuplar, devlet destekleri (toeslagen), vergi ve itiraz konusunda ücretsiz yardım.
service-huisarts = Kendi aile hekiminiz. thuisarts.nl sitesinde sağlığınız hakkında daha fazla bilgi bulursunuz.
service-huisartsenpost = Akşam, gece ve hafta sonu acil doktor yardımı. Her zaman önce arayın.
service-alarm-112 = Hemen tehlike varsa: polis, ambulans veya itfaiye.
service-zelfmoordpreventie-113 = İntiharı mı düşünüyorsunuz? Bunu konuşun, gece gündüz. Ücretsiz ve adınızı söylemeden.
service-veilig-thuis = Evde şiddet veya kötü muamele için. Tavsiye veya bildirim için, gece gündüz.
service-kindertelefoon = 8 ile 18 yaş arası çocuklar ve gençler için. Arayın veya yazışın (chat).
service-geldfit = Para sıkıntısında yardım. Sadece posta kodunuzu söylemeniz yeterli.
service-luisterlijn = Sizi dinleyen biri, gece gündüz.
service-mantelzorglijn = Yakınına bakanların soruları için, hafta içi.
service-meldpunt-zorgwekkend-gedrag = Biri için endişeleniyorsunuz ama durum acil değil mi? Bu bildirim hattını arayın.
service-juridisch-loket = Haklarınız hakkında tavsiye, örneğin kira, işten çıkarılma veya bir karar konusunda.
service-cak = Belediyeden aldığınız yardım için ne ödediğinizle ilgili sorular (eigen bijdrage).
service-uwv = İşsizlik parası (WW), hastalık ve çalışamama durumu için. werk.nl üzerinden başvurursunuz.
service-ciz = Her zaman yakınında bakım olması gereken kişiler için, örneğin bakımevinde.


# REVIEW(tr): machine-assisted; check with a native speaker
# REVIEW(tr): this block keeps the file's polite "siz", also for young people under 18. A reviewer may prefer "sen" for the youth texts.

## Gençler (18 yaşından küçük)

question-young = 18 yaşından küçük müsünüz?
    .hint = Bunu sadece gençler için farklı yardımlar olduğu için soruyoruz.
    .why = 18 yaşından küçük gençler için size uygun yardım var. Önce anne babanıza sormanız gerekmez.
question-young-helper = O kişi 18 yaşından küçük mü?
    .hint = Bunu sadece gençler için farklı yardımlar olduğu için soruyoruz.

outcome-young-carer = Evde birine bakan gençler için yardım var
    .why = Evde babanıza, annenize veya kardeşinize mi bakıyorsunuz? O zaman siz genç bir bakım verensiniz (jonge mantelzorger). Siz de yardım isteyebilirsiniz.
    .helper = Gencin kendisinin nasıl olduğunu sorun. Okul ve arkadaşlar da önemlidir.
outcome-young-worries = Bunu biriyle konuşun
    .why = Evdeki durum için endişeleniyor musunuz? Bunu tek başınıza çözmek zorunda değilsiniz. Sizi dinleyen insanlar var.
    .helper = Genç, kiminle konuşacağını kendisi seçsin.
outcome-young-money = Para sıkıntısı olan gençler için yardım var
    .why = Para sıkıntısı ağırdır, genç olsanız bile. Gençlik çalışanları (jongerenwerk) size ücretsiz yardım eder.
    .helper = Mektuplara birlikte bakın. Her şeyi tek başınıza çözmeye çalışmayın.

step-young-carer-contact = Bakım verenler için destek merkezini (steunpunt mantelzorg) arayın veya e-posta gönderin. 18 yaşından küçük olduğunuzu söyleyin. Orada gençler için biri var.
step-young-talk-now = Şimdi biriyle konuşmak mı istiyorsunuz? Kindertelefoon'u (çocuklar ve gençler için yardım hattı) ücretsiz arayın veya yazışın (chat). Adınızı söylemeniz gerekmez.
step-young-own-choice = Yardım istediğinizi anne babanıza söyleyip söylemeyeceğinize siz karar verirsiniz.
step-young-school = Okulda birine de anlatabilirsiniz, örneğin rehber öğretmeninize (mentor).
step-young-not-alone = Birçok genç evde bakıma yardım ediyor. Bunu yaşayan tek kişi siz değilsiniz.
step-young-cjg = Centrum voor Jeugd en Gezin (CJG, Gençlik ve Aile Merkezi) gençlere ve ailelere yardım eder. Kendiniz arayabilirsiniz.
step-young-unsafe-home = Evde güvende değil misiniz? Veilig Thuis'i (evde şiddet için yardım hattı) arayın: 0800-2000. Genç olsanız da arayabilirsiniz.
step-young-money-talk = Para sıkıntınızı güvendiğiniz biriyle konuşun.
step-young-money-jongerenwerk = Gençlik çalışanları (jongerenwerk) paranız ve mektuplarınız konusunda size ücretsiz yardım eder.
step-young-money-geldfit = Geldfit'i de adınızı söylemeden arayabilirsiniz.

service-jongerenwerk = Gençler için: konuşabileceğiniz bir yer, etkinlikler ve para ile evraklar konusunda yardım.


## Posta kodu bu belediyenin dışında

outcome-outside-gemeente = Bu belediyede oturmuyorsunuz
    .why = Posta kodunuz bu belediyeye ait değil. Kendi belediyeniz size yardım eder. Ülke çapındaki yardım hatları her yerde yardım eder.
step-outside-not-here = Bu web sitesindeki yardım sadece bu belediyede oturanlar içindir.
step-outside-call-14 = Kendi belediyenizi arayın: önce 14, sonra oturduğunuz yerin alan kodu. Örneğin Amsterdam'da 14 020.
step-outside-find = Hangi belediyeye bağlı olduğunuzu bilmiyor musunuz? Posta kodunuzu overheid.nl sitesinde arayın.
step-outside-national = Aşağıdaki yardım hatları, nerede oturursanız oturun size yardım eder.

service-eigen-gemeente = Posta kodunuzla hangi belediyeye bağlı olduğunuzu bulun.


## Aynı anda çok şey var ve durum acil

outcome-several-problems-urgent = Tek bir ekip her konuda size yardım eder. Durum acil.
    .why = Aynı anda çok şey mi var ve eviniz veya paranızla ilgili bir tehlike mi var? O zaman sosyal mahalle ekibi (sociaal wijkteam) size hızlı yardım eder.
    .helper = Neyin tehlikede olduğunu hemen söyleyin. Mektupları yanınıza alın.
step-several-say-urgent = Bugün arayın. Neyin tehlikede olduğunu hemen söyleyin. Örneğin evden çıkmak zorunda kalmak ya da gazın, elektriğin veya suyun kesilmesi.
