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
# REVIEW(tr): yardımcı modu (biri bunu başka biri için dolduruyor). Yardım edilen kişi "o kişi"; yardımcı "siz". Lütfen ekleri kontrol edin.
question-topic-helper = Yardım ettiğiniz kişi hangi konuda yardım istiyor?
    .hint = Birden fazla konu seçebilirsiniz.
    .why = Böylece o kişi için en doğru yeri buluruz. Cevaplar sadece bu cihazda kalır.

option-topic-money = Para ve faturalar
    .hint = borçlar, ödeyemediğiniz faturalar
option-topic-money-helper = Para ve faturalar
    .hint = borçlar, o kişinin ödeyemediği faturalar
option-topic-work-income = İş veya gelir
    .hint = işini kaybetmek, hiç ya da çok az gelir
option-topic-home = Ev ve ev işleri
    .hint = ev işleri, evi ihtiyaca göre düzenlemek
option-topic-home-helper = Ev ve ev işleri
    .hint = ev işleri, evi ihtiyaca göre düzenlemek
option-topic-health = Sağlığınız ve kendinizi nasıl hissettiğiniz
    .hint = beden, ruh sağlığı, alkol veya uyuşturucu
option-topic-health-helper = O kişinin sağlığı ve kendini nasıl hissettiği
option-topic-children = Çocuklar ve çocuk yetiştirme
    .hint = çocuğunuz için endişeleniyorsunuz
option-topic-children-helper = Çocuklar ve çocuk yetiştirme
    .hint = bir çocuk için endişe
option-topic-caring = Başka birine bakmak
    .hint = annenize, babanıza, eşinize veya çocuğunuza bakıyorsunuz
option-topic-caring-helper = Başka birine bakmak
    .hint = o kişi annesine, babasına, eşine veya çocuğuna bakıyor
option-topic-alone = Kendinizi yalnız hissetmek
    .hint = başkalarıyla az görüşmek
option-topic-alone-helper = Kendini yalnız hissetmek
option-topic-safety = Evde güvende olmak
    .hint = evde şiddet, tehdit veya korku
option-topic-taking-part = Hayata katılmak
    .hint = gün içinde bir şey yapmak, gönüllü çalışmak, öğrenmek
option-topic-letters = Mektuplar ve formlar
    .hint = bir mektubu anlamak, bir karara katılmamak
option-topic-dont-know = Aynı anda çok şey var / bilmiyorum
    .hint = tek bir ekip her konuda size yardım eder
option-topic-dont-know-helper = Aynı anda çok şey var / henüz belli değil
    .hint = tek bir ekip her konuda yardım eder


## Soru: borç yüzünden kötü bir şey olacak mı?

question-debt-threat = Evinizden çıkmak zorunda kalabilir misiniz? Ya da gazınız, elektriğiniz veya suyunuz kesilecek mi?
    .hint = Sağlık sigortanız bitiyorsa da “Evet” seçin.
    .why = O zaman belediye size daha hızlı yardım etmek zorundadır. Birkaç gün içinde bir görüşmeniz olur.
question-debt-threat-helper = O kişi evinden çıkmak zorunda kalabilir mi? Ya da gazı, elektriği veya suyu kesilecek mi?
    .hint = O kişinin sağlık sigortası bitiyorsa da “Evet” seçin.
    .why = O zaman belediye o kişiye daha hızlı yardım etmek zorundadır. Birkaç gün içinde bir görüşme olur.


## Soru: iş veya gelir

# REVIEW(tr): new heading, so the two questions no longer share one (issue 19).
question-income-situation = İşiniz veya geliriniz için en uygun olan hangisi?
    .why = İşsizlik için önce UWV'ye gidersiniz. Sosyal yardım (bijstand) için belediyeye gidersiniz.
question-income-situation-helper = O kişinin işi veya geliri için en uygun olan hangisi?
    .why = İşsizlik için o kişi önce UWV'ye gider. Sosyal yardım (bijstand) için belediyeye gider.

option-income-situation-lost-job = İşimi kaybettim veya kaybetmek üzereyim
option-income-situation-lost-job-helper = O kişi işini kaybetti veya kaybetmek üzere
option-income-situation-no-income = Hiç gelirim yok veya gelirim geçinmeye yetmiyor
option-income-situation-no-income-helper = O kişinin hiç geliri yok veya geliri geçinmeye yetmiyor
option-income-situation-other = Başka bir şey
    .hint = belediye sizinle birlikte çözüm arar
option-income-situation-other-helper = Başka bir şey
    .hint = belediye sizinle birlikte çözüm arar

# REVIEW(tr): "ek bir kural" = the 4-week search period for under-27s (zoektermijn); check the wording is not alarming.
question-under-27 = 27 yaşından küçük müsünüz?
    .why = 27 yaşından küçük gençler için sosyal yardımda ek bir kural var.
question-under-27-helper = O kişi 27 yaşından küçük mü?


## Soru: ev ve ev işleri

question-home-need = Evde hangi konuda yardıma ihtiyacınız var?
    .why = Böylece size hangi yardımın uygun olduğunu biliriz.
question-home-need-helper = O kişinin evde hangi konuda yardıma ihtiyacı var?
    .why = Böylece o kişiye hangi yardımın uygun olduğunu biliriz.

option-home-need-household = Ev işlerini veya kendi bakımımı artık yapamıyorum
    .hint = örneğin temizlik, yıkanmak veya giyinmek
option-home-need-household-helper = O kişi ev işlerini veya kendi bakımını artık yapamıyor
option-home-need-adaptation = Evde bir düzenleme, tekerlekli sandalye veya ulaşım
    .hint = örneğin merdiven asansörü veya markete taksi
option-home-need-other = Başka bir şey
    .hint = belediye sizinle birlikte çözüm arar
option-home-need-other-helper = Başka bir şey
    .hint = belediye sizinle birlikte çözüm arar


## Soru: sağlık

# REVIEW(tr): new heading, so the two questions no longer share one (issue 19).
question-health-need = Nasıl olduğunuza en uygun olan hangisi?
    .why = Durumunuz çok kötüyse size hemen en hızlı yardımı gösteririz.
question-health-need-helper = O kişinin nasıl olduğuna en uygun olan hangisi?

# REVIEW(tr): crisis wording about suicide; check that the tone is calm and safe.
option-health-need-crisis = Kendimi çok kötü hissediyorum. İntiharı düşünüyorum.
option-health-need-crisis-helper = O kişi kendini çok kötü hissediyor. İntiharı düşünüyor.
option-health-need-unwell = Bedenen veya ruhen kendimi iyi hissetmiyorum
    .hint = alkol, uyuşturucu veya kumar sorunlarında da
option-health-need-unwell-helper = O kişi bedenen veya ruhen kendini iyi hissetmiyor
option-health-need-someone-else = Başka biri için endişeleniyorum
    .hint = örneğin kafası karışık görünen bir komşu
option-health-need-someone-else-helper = O kişi için endişeleniyorsunuz, ama o kendisi yardım istemiyor
    .hint = örneğin o kişinin kafası karışık göründüğü için


## Soru: çocuklar

question-child-safety = Çocuğunuzun güvende olup olmadığından endişe ediyor musunuz?
    .hint = Örneğin: biri çocuğunuza vuruyor veya evde çok şiddet var.
    .why = Çocuğunuz güvende değilse size hemen doğru yardımı gösteririz.
question-child-safety-helper = Çocuğun güvende olup olmadığından endişe ediyor musunuz?
    .hint = Örneğin: biri çocuğa vuruyor veya evde çok şiddet var.
    .why = Çocuk güvende değilse size hemen doğru yardımı gösteririz.


## Soru: mektuplar

question-letter-kind = Mektupla ilgili sorun ne?
    .why = Böylece dikkat etmeniz gereken bir tarih olup olmadığını biliriz.
question-letter-kind-helper = O kişinin mektubuyla ilgili sorun ne?

option-letter-kind-understand = Bir mektubu veya formu anlamıyorum
option-letter-kind-understand-helper = O kişi bir mektubu veya formu anlamıyor
option-letter-kind-disagree = Bir karara katılmıyorum
option-letter-kind-disagree-helper = O kişi bir karara katılmıyor


## Soru: mucize sorusu (atlayabilirsiniz)

question-own-words = Neyin değişmesini istiyorsunuz?
    .hint = Kendi sözlerinizle yazın. Bu soruyu atlayabilirsiniz.
    .why = Böylece sizin için neyin önemli olduğunu görürsünüz. Bunu görüşmenize götürün. Biz bunu hiçbir yere göndermeyiz.
question-own-words-helper = O kişi neyin değişmesini istiyor?
    .hint = Birlikte, o kişinin kendi sözleriyle yazın. Bu soruyu atlayabilirsiniz.
    .why = Böylece o kişi için neyin önemli olduğunu görürsünüz. Bunu görüşmeye götürün. Biz bunu hiçbir yere göndermeyiz.


## Soru: posta kodu (atlayabilirsiniz)

question-postcode = Posta kodunuz nedir?
    .hint = Ev numaranızı da yazabilirsiniz. Zorunlu değil.
    .why = Böylece size yakın olan ekibi buluruz. Posta kodunuz kendi cihazınızda kalır.
question-postcode-helper = O kişinin posta kodu nedir?
    .hint = Ev numarasını da yazabilirsiniz. Zorunlu değil.
    .why = Böylece o kişiye yakın olan ekibi buluruz. Posta kodu bu cihazda kalır.


## Tavsiyeler

outcome-unsafe-at-home = Şu anda tehlikede misiniz? 112'yi arayın.
    .why = Güvenliğiniz her şeyden önce gelir. Hemen bir tehlike yoksa Veilig Thuis'i arayın. Adınızı söylemeden arayabilirsiniz.
    .helper = O kişinin cevaplamak istemediği soruları sormayın. Kendisi arasın ya da birlikte arayın.
outcome-unsafe-at-home-helper = Şu anda tehlike var mı? 112'yi arayın.
    .why = Güvenlik her şeyden önce gelir. Hemen bir tehlike yoksa Veilig Thuis'i arayın. Adınızı söylemeden arayabilirsiniz.

outcome-mental-crisis = Şimdi 113 ile konuşun
    .why = Bunu tek başınıza taşımak zorunda değilsiniz. 113'te sizi gece gündüz dinlerler. Ücretsizdir ve adınızı söylemeniz gerekmez.
    .helper = O kişinin yanında kalın. Birlikte arayın ya da o kişi yazışsın (chat). Hemen tehlike varsa 112'yi arayın.
outcome-mental-crisis-helper = Şimdi birlikte 113 ile konuşun
    .why = O kişi bunu tek başına taşımak zorunda değil. Siz de değilsiniz. 113'te gece gündüz dinlerler. Ücretsizdir ve ad söylemek gerekmez.

outcome-debt-help = Borç yardımı (schuldhulp) size destek olabilir
    .why = Her belediye borçlar konusunda yardım etmek zorundadır. Ne kadar erken başlarsanız o kadar iyi.
    .helper = Mektupları toplamaya yardım edin. SchuldHulpMaatje'den bir gönüllü de görüşmeye gelebilir.
outcome-debt-help-helper = Borç yardımı (schuldhulp) o kişiye destek olabilir
    .why = Her belediye borçlar konusunda yardım etmek zorundadır. O kişi ne kadar erken başlarsa o kadar iyi.

outcome-debt-help-urgent = Borç yardımını hemen arayın
    .why = Ciddi bir tehlike var: eviniz, gazınız, elektriğiniz, suyunuz veya sağlık sigortanız. O zaman belediye size çok hızlı yardım etmek zorundadır.
    .helper = Bugün birlikte arayın. Neyin tehlikede olduğunu hemen söyleyin. Mektubu elinizin altında tutun.
outcome-debt-help-urgent-helper = Borç yardımını hemen arayın
    .why = Ciddi bir tehlike var: o kişinin evi, gazı, elektriği, suyu veya sağlık sigortası. O zaman belediye çok hızlı yardım etmek zorundadır.

outcome-job-loss = Önce UWV'ye başvurun
    .why = İşinizi mi kaybettiniz? O zaman işsizlik parası (WW-uitkering) alabilirsiniz. Bunu belediyede değil, UWV'de ayarlarsınız.
    .helper = werk.nl'ye giriş yapmaya yardım edin. WW'nin geçinmeye yetip yetmediğine birlikte bakın.
outcome-job-loss-helper = Önce UWV'ye başvurulur
    .why = O kişi işini mi kaybetti? O zaman işsizlik parası (WW-uitkering) alabilir. Bunu belediyede değil, UWV'de ayarlar.

outcome-income-support = Belediye sosyal yardımla (bijstand) size yardım edebilir
    .why = Hiç geliriniz yok mu, ya da çok mu az? O zaman belediyeden sosyal yardım isteyebilirsiniz.
    .helper = Şu anda hiç para yoksa birlikte avans (voorschot) isteyin. Bu bir haktır.
outcome-income-support-helper = Belediye sosyal yardımla (bijstand) o kişiye yardım edebilir
    .why = O kişinin hiç geliri yok mu, ya da çok mu az? O zaman belediyeden sosyal yardım isteyebilir.

outcome-income-support-young = Belediye sosyal yardımla (bijstand) size yardım edebilir
    .why = Hiç geliriniz yok mu, ya da çok mu az? O zaman belediyeden sosyal yardım isteyebilirsiniz. Gençler için ek bir kural var.
    .helper = Birlikte iş veya okul arayın. Ne yaptığınızı not edin. Bu, başvuruda işe yarar.
outcome-income-support-young-helper = Belediye sosyal yardımla (bijstand) o kişiye yardım edebilir
    .why = O kişinin hiç geliri yok mu, ya da çok mu az? O zaman belediyeden sosyal yardım isteyebilir. Gençler için ek bir kural var.
    .helper = Birlikte iş veya okul arayın. O kişinin ne yaptığını not edin. Bu, başvuruda işe yarar.

outcome-wmo-household = Belediye evde size yardım edebilir
    .why = Ev işlerini veya kendi bakımınızı artık yapamıyor musunuz? O zaman belediye size uygun yardıma bakabilir.
    .helper = Görüşmeye birlikte gidin. Bir destek danışmanı (cliëntondersteuner) da gelebilir. Bu ücretsizdir.
outcome-wmo-household-helper = Belediye evde o kişiye yardım edebilir
    .why = O kişi ev işlerini veya kendi bakımını artık yapamıyor mu? O zaman belediye uygun yardıma bakar.

outcome-wmo-adaptation = Belediye evde düzenleme için size yardım edebilir
    .why = Evinizde bir düzenlemeye mi ihtiyacınız var? Ya da tekerlekli sandalyeye veya ulaşıma mı? Belediye yardım edebilir.
    .helper = Evde zor olan şeylerin fotoğraflarını birlikte çekin. Bu, görüşmede işe yarar.
outcome-wmo-adaptation-helper = Belediye evde düzenleme için o kişiye yardım edebilir
    .why = O kişinin evinde bir düzenlemeye mi ihtiyacı var? Ya da tekerlekli sandalyeye veya ulaşıma mı? Belediye yardım edebilir.

outcome-child-worry = Çocuğunuzla ilgili endişelerinizi konuşun
    .why = Centrum voor Jeugd en Gezin (Gençlik ve Aile Merkezi) anne babalara ve çocuklara yardım eder. Her soruyla gidebilirsiniz.
    .helper = Endişeleri ciddiye alın. Anne veya baba isterse ilk görüşmeye birlikte gidin.
outcome-child-worry-helper = Çocukla ilgili endişeleri konuşun
    .why = Centrum voor Jeugd en Gezin (Gençlik ve Aile Merkezi) anne babalara ve çocuklara yardım eder. Herkes her soruyla gidebilir.

outcome-child-unsafe = Çocuğunuz şu anda tehlikede mi? 112'yi arayın.
    .why = Çocuğunuzun güvenliği her şeyden önce gelir. Veilig Thuis ne yapabileceğinizi bilir.
    .helper = Veilig Thuis'i birlikte arayın. Emin olmasanız da arayabilirsiniz.
outcome-child-unsafe-helper = Çocuk şu anda tehlikede mi? 112'yi arayın.
    .why = Çocuğun güvenliği her şeyden önce gelir. Veilig Thuis ne yapabileceğinizi bilir.

outcome-carer-support = Yakınına bakanlar için yardım var
    .why = Birine mi bakıyorsunuz? O zaman siz bir bakım verensiniz (mantelzorger). Siz de yardım isteyebilirsiniz.
    .helper = Bakım veren kişinin kendisinin nasıl olduğunu sorun. Bu çoğu zaman unutulur.
outcome-carer-support-helper = Yakınına bakanlar için yardım var
    .why = O kişi birine mi bakıyor? O zaman o bir bakım verendir (mantelzorger). O da yardım isteyebilir.

outcome-loneliness = Yakınınızda insanlar var
    .why = Birçok insan bazen kendini yalnız hisseder. Mahallenizde başka insanlarla tanışabilirsiniz.
    .helper = İlk seferde bir etkinliğe birlikte gidin. Böylece ilk adım daha kolay olur.
outcome-loneliness-helper = O kişinin yakınında insanlar var
    .why = Birçok insan bazen kendini yalnız hisseder. O kişi mahallesinde başka insanlarla tanışabilir.

outcome-taking-part = Mahallenizde bir şeylere katılın
    .why = Gün içinde bir şey yapmak huzur ve insan ilişkisi verir. Sosyal hizmetler (welzijnswerk) size uygun bir şey bulmanıza yardım eder.
    .helper = O kişiye neyi sevdiğini veya neyi iyi yaptığını sorun. Küçük başlayın.
outcome-taking-part-helper = Mahallede bir şeylere katılmak
    .why = Gün içinde bir şey yapmak huzur ve insan ilişkisi verir. Sosyal hizmetler (welzijnswerk) o kişiye uygun bir şey bulmasına yardım eder.

outcome-letter-help = Mektubu biriyle birlikte okuyun
    .why = Sosyal danışmanlar (sociaal raadslieden) mektup ve formlarda ücretsiz yardım eder.
    .helper = Mektuptaki tarihe birlikte bakın. Çok beklemeyin.

# REVIEW(tr): "itiraz etmek (bezwaar maken)" — check the legal nuance of the objection procedure.
outcome-objection-help = Karara katılmadığınızı bildirebilirsiniz
    .why = Bir karara katılmıyor musunuz? O zaman itiraz edebilirsiniz (bezwaar maken). Bunun için bir süre var.
    .helper = Mektuptaki tarihe dikkat edin. Yazmaya yardım edin ya da danışmanlara (raadslieden) birlikte gidin.
outcome-objection-help-helper = O kişi karara katılmadığını bildirebilir
    .why = O kişi bir karara katılmıyor mu? O zaman itiraz edebilir (bezwaar maken). Bunun için bir süre var.

outcome-health-support = Aile hekiminiz ve mahalle ekibiyle konuşun
    .why = Aile hekiminiz (huisarts) sağlığınız için yardım eder. Mahalle ekibi (wijkteam) diğer konularda yardım eder.
    .helper = O kişi isterse aile hekimine birlikte gidin. Olup biteni birlikte yazın.
outcome-health-support-helper = Aile hekimi ve mahalle ekibiyle konuşun
    .why = Aile hekimi (huisarts) o kişinin sağlığı için yardım eder. Mahalle ekibi (wijkteam) diğer konularda yardım eder.

outcome-worry-about-someone = Başka biri için endişelerinizi bildirin
    .why = Biri için endişeleniyorsunuz ama durum acil değil mi? O zaman bildirim hattını (meldpunt) arayabilirsiniz.
    .helper = Ne gördüğünüzü, nerede ve ne zaman gördüğünüzü yazın. Bu, bildirim hattına yardımcı olur.

outcome-several-problems = Tek bir ekip her konuda size yardım eder
    .why = Aynı anda çok şey mi var? O zaman sosyal mahalle ekibi (sociaal wijkteam) size yardım eder. Derdinizi sadece bir kez anlatırsınız.
    .helper = En çok endişe veren şeylerin listesini birlikte yapın. Benzer şeyler yaşamış biri (ervaringsdeskundige) de yardım edebilir.
outcome-several-problems-helper = Tek bir ekip her konuda o kişiye yardım eder
    .why = Aynı anda çok şey mi var? O zaman sosyal mahalle ekibi (sociaal wijkteam) o kişiye yardım eder. O kişi derdini sadece bir kez anlatır.

outcome-ask-gemeente = Belediyeyi arayın
    .why = Belediye sorunuzu dinler. Sizinle birlikte doğru yardımı arar.
    .helper = Birlikte arayın. Sorunuzu önceden yazın.
outcome-ask-gemeente-helper = Belediyeyi arayın
    .why = Belediye soruyu dinler. Sizinle birlikte doğru yardımı arar.


## Şimdi ne olacak? ($term süredir, örneğin "6 hafta")

step-danger-call-112 = Şu anda tehlikede misiniz? 112'yi arayın.
step-danger-call-112-helper = Şu anda tehlike var mı? 112'yi arayın.
step-danger-now-112 = Şu anda tehlike var mı? 112'yi arayın.
step-veilig-thuis-call = Veilig Thuis'i arayın. Gece gündüz açıktırlar. Adınızı söylemeden arayabilirsiniz.
step-veilig-thuis-child = Veilig Thuis'i arayın. Çocuğunuz için sizinle birlikte düşünürler.
step-veilig-thuis-child-helper = Veilig Thuis'i arayın. Çocuk için sizinle birlikte düşünürler.
step-veilig-thuis-helps = Veilig Thuis size tavsiye verir. Siz isterseniz yardım ayarlarlar.
step-veilig-thuis-helps-helper = Veilig Thuis tavsiye verir. O kişi isterse yardım ayarlarlar.
step-safe-place = Evde kalamıyor musunuz? Veilig Thuis sizinle birlikte güvenli bir yer (opvang) arar.
step-safe-place-helper = O kişi evde kalamıyor mu? Veilig Thuis güvenli bir yer (opvang) aramaya yardım eder.
step-child-can-call = Çocuğunuz da Kindertelefoon'u kendisi arayabilir veya yazışabilir (chat). Bu ücretsizdir.
step-child-can-call-helper = Çocuk da Kindertelefoon'u kendisi arayabilir veya yazışabilir (chat). Bu ücretsizdir.

step-call-113-now = Şimdi 113'ü arayın veya yazışın (chat). Ücretsizdir ve adınızı söylemeniz gerekmez.
step-no-forms = Hiçbir form doldurmanız gerekmez.
step-no-forms-helper = Hiçbir form doldurmak gerekmez.
step-huisarts-soon = Aile hekiminizle de konuşun. Akşamları ve hafta sonu nöbetçi doktoru (huisartsenpost) arayın.
step-huisarts-soon-helper = O kişinin aile hekimiyle de konuşun. Akşamları ve hafta sonu nöbetçi doktoru (huisartsenpost) arayın.

step-debt-sign-up = Borç yardımını (schuldhulp) arayın veya e-posta gönderin. Danışma saatinde (spreekuur) de gidebilirsiniz.
step-debt-intake = { $term } içinde ilk görüşmeniz (intakegesprek) olur.
step-debt-intake-helper = { $term } içinde o kişinin ilk görüşmesi (intakegesprek) olur.
step-debt-threat-later = Yine de evinizden çıkmanız mı gerekiyor, ya da bir şey kesilecek mi? Bunu hemen söyleyin.
step-debt-threat-later-helper = O kişi yine de evinden çıkmak zorunda mı, ya da bir şey kesilecek mi? Bunu hemen söyleyin.
step-debt-say-urgent = Neyin tehlikede olduğunu hemen söyleyin. Bununla ilgili mektubu yanınıza alın.
step-debt-intake-urgent = O zaman { $term } içinde ilk görüşmeniz (intakegesprek) olur.
step-debt-intake-urgent-helper = O zaman { $term } içinde o kişinin ilk görüşmesi (intakegesprek) olur.
step-debt-decision = Sonra kararı bildiren bir mektup alırsınız. Bu genellikle yaklaşık { $term } sürer.
step-debt-decision-helper = Sonra o kişi kararı bildiren bir mektup alır. Bu genellikle yaklaşık { $term } sürer.
step-debt-cost = Bu yardım çoğu zaman ücretsizdir. Sormaktan çekinmeyin.
step-debt-cost-helper = Bu yardım çoğu zaman ücretsizdir. Sormaktan çekinmeyin.

step-uwv-ww = UWV'den işsizlik parası (WW-uitkering) isteyin. Bunu werk.nl üzerinden yapabilirsiniz.
step-ww-too-low = WW alamıyor musunuz, ya da WW yetmiyor mu? O zaman belediye yardım edebilir.
step-ww-too-low-helper = O kişi WW alamıyor mu, ya da WW yetmiyor mu? O zaman belediye yardım edebilir.
step-dismissal-advice = İşten çıkarılmanıza katılmıyor musunuz? Juridisch Loket size hukuki tavsiye verir.
step-dismissal-advice-helper = O kişi işten çıkarılmasına katılmıyor mu? Juridisch Loket hukuki tavsiye verir.
step-toeslagen-check = Devlet desteklerine (toeslagen) hakkınız olup olmadığına bakın. Sosyal danışmanlar size yardım eder.
step-toeslagen-check-helper = O kişinin devlet desteklerine (toeslagen) hakkı olup olmadığına bakın. Sosyal danışmanlar yardım eder.

step-bijstand-sign-up = Önce werk.nl'de kaydolun. Sonra belediye sizinle iletişime geçer.
step-bijstand-sign-up-helper = O kişi önce werk.nl'de kaydolur. Sonra belediye o kişiyle iletişime geçer.
step-money-today = Şu anda yemek veya kira için paranız yok mu? Bunu hemen söyleyin.
step-money-today-helper = O kişinin şu anda yemek veya kira için parası yok mu? Bunu hemen söyleyin.
# REVIEW(tr): "avans (voorschot)" — check that it is clear this is money paid before the decision.
step-bijstand-advance = { $term } sonra hâlâ karar yok mu? O zaman avans (voorschot) alırsınız.
step-bijstand-advance-helper = { $term } sonra hâlâ karar yok mu? O zaman o kişi avans (voorschot) alır.
step-bijstand-decision = { $term } içinde kararı bildiren bir mektup alırsınız.
step-bijstand-decision-helper = { $term } içinde o kişi kararı bildiren bir mektup alır.
step-special-costs = Ödeyemediğiniz yüksek masraflarınız mı var? Özel sosyal yardım (bijzondere bijstand) isteyin.
step-special-costs-helper = O kişinin ödeyemediği yüksek masrafları mı var? Özel sosyal yardım (bijzondere bijstand) isteyin.
step-young-search = 27 yaşından küçüksünüz. O zaman önce { $term } boyunca iş veya okul ararsınız.
step-young-search-helper = O kişi 27 yaşından küçük. O zaman önce { $term } boyunca iş veya okul arar.
step-young-rule-may-change = Bu kural değişebilir. Şu anda neyin geçerli olduğunu sorun.

step-wmo-melding = Belediyeye neye ihtiyacınız olduğunu söylersiniz. Buna Wmo-melding denir. Size bir onay gelir.
step-wmo-melding-helper = O kişi belediyeye neye ihtiyacı olduğunu söyler. Buna Wmo-melding denir. Siz de yardım edebilirsiniz. O kişiye bir onay gelir.
step-wmo-own-plan = Kendiniz bir plan yazmak ister misiniz? Bunu yapabilirsiniz. Bunun için { $term } süreniz var (persoonlijk plan).
step-wmo-own-plan-helper = O kişi kendisi bir plan yazmak istiyor mu? Bunu yapabilir. Bunun için { $term } süre var (persoonlijk plan).
step-wmo-talk = { $term } içinde biri sizinle konuşur, çoğu zaman evinizde (keukentafelgesprek).
step-wmo-talk-helper = { $term } içinde biri o kişiyle konuşur, çoğu zaman onun evinde (keukentafelgesprek).
step-wmo-talk-adaptation = { $term } içinde biri sizinle konuşur. Bazen bir ergoterapist (ergotherapeut) de gelir.
step-wmo-talk-adaptation-helper = { $term } içinde biri o kişiyle konuşur. Bazen bir ergoterapist (ergotherapeut) de gelir.
step-wmo-bring-someone = Görüşmeye birini getirebilirsiniz. Örneğin aileden biri veya bir destek danışmanı (cliëntondersteuner).
step-wmo-bring-someone-helper = O kişi görüşmeye birini getirebilir. Örneğin sizi veya bir destek danışmanını (cliëntondersteuner).
step-wmo-report = Sonra bir rapor alırsınız. Yanlış bir şey mi var? O zaman söyleyin.
step-wmo-report-helper = Sonra o kişi bir rapor alır. Yanlış bir şey mi var? O zaman söyleyin.
# REVIEW(tr): "beschikking" explained as "kararı bildiren mektup"; check it reads naturally.
step-wmo-decision = Yardım mı istiyorsunuz? O zaman { $term } içinde kararı bildiren bir mektup (beschikking) alırsınız.
step-wmo-decision-helper = O kişi yardım mı istiyor? O zaman { $term } içinde kararı bildiren bir mektup (beschikking) alır.
step-wmo-urgent = Acil mi? Bunu hemen söyleyin. O zaman hızlıca geçici yardım gelebilir.
step-wmo-cost = Çoğu yardım için her ay sabit bir miktar ödersiniz (eigen bijdrage). Faturayı CAK gönderir.
step-wmo-cost-helper = Çoğu yardım için o kişi her ay sabit bir miktar öder (eigen bijdrage). Faturayı CAK gönderir.
step-wmo-delivery = Sonra biraz daha zaman geçer. Tekerlekli sandalye veya tadilat zaman alır.
step-rented-home = Evinizi kiralıyor musunuz? O zaman ev sahibinize de söyleyin.
step-rented-home-helper = O kişi evini kiralıyor mu? O zaman ev sahibine de söyleyin.
step-objection = Karara katılmıyor musunuz? Bunu { $term } içinde bildirin (bezwaar maken).
step-objection-helper = O kişi karara katılmıyor mu? Bunu { $term } içinde bildirin (bezwaar maken).

step-jeugd-talk = Önce bir görüşme yaparsınız, çoğu zaman bütün aileyle.
step-jeugd-talk-helper = Önce bir görüşme olur, çoğu zaman bütün aileyle.
step-jeugd-plan = Aileniz için birlikte bir plan yaparsınız (gezinsplan).
step-jeugd-plan-helper = Aile birlikte bir plan yapar (gezinsplan).
step-jeugd-decision = Özel yardım (jeugdhulp) gerekiyor mu? O zaman { $term } içinde kararı bildiren bir mektup alırsınız.
step-jeugd-decision-helper = Özel yardım (jeugdhulp) gerekiyor mu? O zaman { $term } içinde aile kararı bildiren bir mektup alır.
step-jeugd-urgent = Acil mi? Bunu söyleyin. O zaman hemen yardım gelir.
step-jeugd-huisarts = Aile hekiminiz de sizi doğrudan çocuk ve gençlik yardımına (jeugdhulp) yönlendirebilir.
step-jeugd-huisarts-helper = Aile hekimi de aileyi doğrudan çocuk ve gençlik yardımına (jeugdhulp) yönlendirebilir.

step-carer-contact = Destek merkeziyle (steunpunt) iletişime geçin. Sizi dinlerler ve sizinle birlikte düşünürler.
step-carer-contact-helper = Destek merkeziyle (steunpunt) iletişime geçin. Dinlerler ve birlikte düşünürler.
step-carer-break = Dinlenmeye mi ihtiyacınız var? Bakımı bir süre üstlenecek birini isteyin (respijtzorg).
step-carer-break-helper = O kişinin dinlenmeye mi ihtiyacı var? Bakımı bir süre üstlenecek birini isteyin (respijtzorg).
step-carer-wmo = Baktığınız kişinin daha fazla yardıma mı ihtiyacı var? Bunu belediyeye bildirin. { $term } içinde bir görüşme olur.
step-carer-wmo-helper = Bakılan kişinin daha fazla yardıma mı ihtiyacı var? Bunu belediyeye bildirin. { $term } içinde bir görüşme olur.
step-carer-thanks = Belediye her yıl bakım verenlere teşekkür eder (mantelzorgwaardering). Destek merkezi size nasıl olduğunu anlatır.
step-carer-thanks-helper = Belediye her yıl bakım verenlere teşekkür eder (mantelzorgwaardering). Destek merkezi nasıl olduğunu anlatır.

step-welzijn-contact = Sosyal hizmetleri (welzijnswerk) arayın veya uğrayın. Çoğu etkinlik için bekleme listesi yoktur.
step-welzijn-visit = Biri sizi geri arar veya size uğrar.
step-welzijn-visit-helper = Biri geri arar veya o kişiye uğrar.
step-talk-now = Şimdi biriyle konuşmak mı istiyorsunuz? De Luisterlijn gece gündüz açıktır.
step-talk-now-helper = O kişi şimdi biriyle konuşmak mı istiyor? De Luisterlijn gece gündüz açıktır.
step-feeling-down = Sık sık kendinizi mutsuz mu hissediyorsunuz? Bunu aile hekiminizle de konuşun.
step-feeling-down-helper = O kişi sık sık kendini mutsuz mu hissediyor? Bunu aile hekimiyle de konuşun.
step-ending-life-113 = İntiharı mı düşünüyorsunuz? O zaman 113'ü arayın veya yazışın (chat).
step-ending-life-113-helper = O kişi intiharı mı düşünüyor? O zaman birlikte 113'ü arayın veya yazışın (chat).
step-taking-part-choose = Size neyin uygun olduğuna birlikte bakarsınız. Örneğin gönüllü çalışma, bir kurs veya bir etkinlik.
step-taking-part-choose-helper = O kişiye neyin uygun olduğuna birlikte bakarsınız. Örneğin gönüllü çalışma, bir kurs veya bir etkinlik.
step-day-activities = Gün içinde bir şey yapmak için daha fazla yardım mı gerekiyor? Belediyeye gündüz etkinlikleri (dagbesteding) sorun.
step-day-activities-helper = O kişinin gün içinde bir şey yapmak için daha fazla yardıma mı ihtiyacı var? Belediyeye gündüz etkinlikleri (dagbesteding) sorun.

step-raadslieden-contact = Sosyal danışmanlardan (sociaal raadslieden) randevu alın. Ya da danışma saatine (spreekuur) gelin.
step-raadslieden-read = Mektubu birlikte okursunuz. Ne yapmanız gerektiğini açıklarlar.
step-raadslieden-read-helper = Mektubu birlikte okursunuz. Ne yapılması gerektiğini açıklarlar.
step-letter-date = Mektupta bir tarih var mı? O zaman çok beklemeyin.
step-objection-deadline = İtiraz etmek için { $term } süreniz var. Süre, mektuptaki tarihten başlar.
step-objection-deadline-helper = O kişinin itiraz etmek için { $term } süresi var. Süre, mektuptaki tarihten başlar.
step-objection-write = Sosyal danışmanlar mektubu yazmanıza yardım eder.
step-objection-write-helper = Sosyal danışmanlar mektubu yazmaya yardım eder.
step-objection-call = Belediye çoğu zaman önce sizi arar. O zaman bu konuyu birlikte konuşursunuz.
step-objection-call-helper = Belediye çoğu zaman önce o kişiyi arar. O zaman bu konuyu birlikte konuşurlar.
step-objection-legal = Çok para mı söz konusu, ya da bir dava mı? Juridisch Loket'ten tavsiye isteyin.

step-huisarts-first = Kendi aile hekiminizden randevu alın.
step-huisarts-first-helper = O kişinin aile hekiminden randevu alın.
step-huisartsenpost-call-first = Acil mi, akşam mı veya hafta sonu mu? Nöbetçi doktoru (huisartsenpost) arayın. Aramadan oraya gitmeyin.
step-wijkteam-more = Para veya yalnızlık gibi başka sorunlar da mı var? Mahalle ekibi (wijkteam) size yardım eder.
step-wijkteam-more-helper = Para veya yalnızlık gibi başka sorunlar da mı var? Mahalle ekibi (wijkteam) yardım eder.

step-meldpunt-call = Bildirim hattını (meldpunt) arayın. Ne gördüğünüzü ve nerede olduğunu anlatın.
step-meldpunt-forward = Bildirim hattı, bildiriminizi o kişinin belediyesine iletir. Orada neyin gerektiğine bakarlar.
step-abuse-veilig-thuis = O kişiye kötü davranıldığını mı düşünüyorsunuz? O zaman Veilig Thuis'i arayın.

step-one-talk = Olan her şey hakkında tek bir görüşme yaparsınız.
step-one-talk-helper = O kişi olan her şey hakkında tek bir görüşme yapar.
step-one-plan = Birlikte tek bir plan yaparsınız. Sabit bir irtibat kişiniz olur.
step-one-plan-helper = Birlikte tek bir plan yaparsınız. O kişinin sabit bir irtibat kişisi olur.
step-tell-once = Derdinizi sadece bir kez anlatırsınız.
step-tell-once-helper = O kişi derdini sadece bir kez anlatır.
step-bring-in-desks = Diğer yardımları mahalle ekibi kendisi ayarlar.
step-several-debt-urgent = Evinizden çıkmanız mı gerekiyor, ya da bir şey kesilecek mi? Bunu hemen söyleyin. O zaman { $term } içinde borçlarınız hakkında bir görüşme olur.
step-several-debt-urgent-helper = O kişi evinden çıkmak zorunda mı, ya da bir şey kesilecek mi? Bunu hemen söyleyin. O zaman { $term } içinde borçlar hakkında bir görüşme olur.
step-several-wmo = Evde yardıma mı ihtiyacınız var? O zaman { $term } içinde bir görüşme olur, çoğu zaman evinizde.
step-several-wmo-helper = O kişinin evde yardıma mı ihtiyacı var? O zaman { $term } içinde bir görüşme olur, çoğu zaman onun evinde.

step-gemeente-listens = Belediyeyi arayın. Sizi dinlerler. Size kimin yardım edebileceğini sizinle birlikte bulurlar.
step-gemeente-listens-helper = Belediyeyi arayın. Dinlerler. O kişiye kimin yardım edebileceğini bulurlar.
step-gemeente-walk-in = Danışma saatinde (spreekuur) de gidebilirsiniz.
step-gemeente-walk-in-helper = Danışma saatine (spreekuur) birlikte de gidebilirsiniz.

step-no-news-call = { $term } sonra hâlâ haber yok mu? O zaman siz arayın.
step-no-news-call-helper = { $term } sonra hâlâ haber yok mu? O zaman siz arayın.
step-may-take-longer = Bazen yasada yazandan daha uzun sürer. O zaman durumu sormaktan çekinmeyin.


## Yanınıza alın

bring-id = Kimliğiniz (pasaport, kimlik kartı veya ehliyet)
bring-id-helper = O kişinin kimliği (pasaport, kimlik kartı veya ehliyet)
bring-debt-letters = Borçlarınızla ilgili tüm mektuplar, ödeme hatırlatmaları (aanmaningen) ve icra memurunun (deurwaarder) mektupları da
bring-debt-letters-helper = Borçlarla ilgili tüm mektuplar, ödeme hatırlatmaları (aanmaningen) ve icra memurunun (deurwaarder) mektupları da
bring-income-proof = Maaş bordronuz (loonstrook) veya ödeneğinizle ilgili mektup
bring-income-proof-helper = O kişinin maaş bordrosu (loonstrook) veya ödeneğiyle ilgili mektup
bring-bank-statements = Son 3 ayın banka hesap dökümleri
bring-bank-statements-helper = O kişinin son 3 aylık banka hesap dökümleri
bring-rent-contract = Kira sözleşmeniz
bring-rent-contract-helper = O kişinin kira sözleşmesi
bring-rent-mortgage = Kira sözleşmeniz veya konut kredisi (hypotheek) belgeleriniz
bring-rent-mortgage-helper = O kişinin kira sözleşmesi veya konut kredisi (hypotheek) belgeleri
bring-work-papers = İşten çıkarılma mektubunuz veya iş sözleşmeniz
bring-work-papers-helper = O kişinin işten çıkarılma mektubu veya iş sözleşmesi
bring-household-income = Evinizdeki herkesin ne kazandığı
bring-household-income-helper = O kişinin evindeki herkesin ne kazandığı
bring-savings = Birikimlerinizin bir listesi
bring-savings-helper = O kişinin birikimlerinin bir listesi
bring-what-is-hard = Neyi artık yapamadığınız ve ne zamandan beri
bring-medicine-list = İlaç listeniz veya doktorunuzdan mektuplar, varsa
bring-medicine-list-helper = İlaç listesi veya doktordan mektuplar, o kişide varsa
bring-who-helps = Şu anda size kimin yardım ettiği, örneğin aileniz veya komşularınız
bring-who-helps-helper = Şu anda o kişiye kimin yardım ettiği, örneğin ailesi veya komşuları
bring-own-plan = Kendi planınız, yazmak isterseniz
bring-own-plan-helper = O kişinin kendi planı, yazmak isterse
bring-what-cannot = Evde veya dışarıda artık neyi yapamadığınız
bring-what-cannot-helper = O kişinin evde veya dışarıda artık neyi yapamadığı
bring-medical-info = Doktorunuzdan mektuplar, varsa
bring-medical-info-helper = Doktordan mektuplar, o kişide varsa
bring-landlord = Kirada mı oturuyorsunuz? Ev sahibinizin adı ve telefon numarası
bring-landlord-helper = O kişi kirada mı oturuyor? Ev sahibinin adı ve telefon numarası
bring-photos = Evinizin ölçüleri veya fotoğrafları, varsa
bring-photos-helper = Evin ölçüleri veya fotoğrafları, varsa
bring-what-worries = Sizi neyin endişelendirdiği ve ne zamandan beri
bring-what-worries-helper = Neyin endişe verdiği ve ne zamandan beri
bring-school-doctor = Okulun, aile hekiminin veya çocuk doktorunun (jeugdarts) adları
bring-earlier-reports = Daha önceki raporlar veya mektuplar, varsa
bring-earlier-reports-helper = Daha önceki raporlar veya mektuplar, varsa
bring-care-tasks = Neler yaptığınız ve haftada kaç saat
bring-care-tasks-helper = O kişinin neler yaptığı ve haftada kaç saat
bring-who-else-helps = Başka kimin yardım ettiği
bring-what-you-need = Sizin neye ihtiyacınız olduğu: dinlenme, pratik yardım veya konuşacak biri
bring-what-you-need-helper = O kişinin neye ihtiyacı olduğu: dinlenme, pratik yardım veya konuşacak biri
bring-nothing-needed = Yanınıza bir şey almanız gerekmez.
bring-nothing-needed-helper = Yanınıza bir şey almak gerekmez.
bring-the-letter = Mektup ve zarfı. Tarih orada yazar.
bring-earlier-letters = Aynı konudaki önceki mektuplar
bring-what-you-notice = Neyi fark ettiğiniz ve ne zamandan beri
bring-what-you-notice-helper = Neyin fark edildiği ve ne zamandan beri
bring-what-you-saw = Ne gördüğünüz, nerede ve ne zamandan beri
bring-what-you-saw-helper = Ne olduğu, nerede ve ne zamandan beri
bring-letters-you-have = Elinizdeki mektuplar
bring-letters-you-have-helper = O kişinin elindeki mektuplar
bring-worries-list = Sizi en çok endişelendiren şeylerin bir listesi
bring-worries-list-helper = En çok endişe veren şeylerin bir listesi


## Hizmetler: her hizmet için kısa bir satır

service-gemeente-contact = Belediyeye tüm sorularınız için. Size kimin yardım edebileceğini sizinle birlikte bulurlar.
service-gemeente-contact-helper = Belediyeye tüm sorular için. O kişiye kimin yardım edebileceğini bulurlar.
service-wmo-loket = Evde yardım, evde düzenleme veya ulaşım için buraya başvurursunuz.
service-wmo-loket-helper = Evde yardım, evde düzenleme veya ulaşım için o kişi buraya başvurur.
service-wijkteams = Sosyal mahalle ekipleri, aynı anda çok şey olduğunda yardım eder. Bu numara tüm mahalleler içindir.
service-wijkteam-noord = Noord mahallesinin ekibi. Tüm sorularınız için tek bir irtibat kişisi.
service-wijkteam-noord-helper = Noord mahallesinin ekibi. Tüm sorular için tek bir irtibat kişisi.
service-wijkteam-centrum = Centrum mahallesinin ekibi. Tüm sorularınız için tek bir irtibat kişisi.
service-wijkteam-centrum-helper = Centrum mahallesinin ekibi. Tüm sorular için tek bir irtibat kişisi.
service-wijkteam-zuid = Zuid mahallesinin ekibi. Tüm sorularınız için tek bir irtibat kişisi.
service-wijkteam-zuid-helper = Zuid mahallesinin ekibi. Tüm sorular için tek bir irtibat kişisi.
service-jeugd-gezin = Çocuk yetiştirme ve büyüme ile ilgili sorular için, hamilelikten 23 yaşına kadar.
service-werk-inkomen = Sosyal yardım (bijstand), yüksek masraflar ve iş arama konusunda yardım.
service-schuldhulp = Borçlar ve faturalar konusunda size yardım eder. Sabit bir irtibat kişiniz olur.
service-schuldhulp-helper = Borçlar ve faturalar konusunda o kişiye yardım eder. O kişinin sabit bir irtibat kişisi olur.
service-clientondersteuning = Sadece sizin tarafınızda olan biri. Görüşmelere sizinle gelir ve mektuplarda yardım eder. Bu ücretsizdir.
service-clientondersteuning-helper = Sadece o kişinin tarafında olan biri. Görüşmelere onunla gelir ve mektuplarda yardım eder. Bu ücretsizdir.
service-mantelzorg-steunpunt = Yakınına bakanlar (mantelzorgers) için: tavsiye, biraz dinlenme ve başkalarıyla tanışma.
service-welzijn = Mahalle evleri, etkinlikler, bir arkadaş (maatje) ve formlarda yardım.
service-schuldhulpmaatje = Bir gönüllü, paranız ve evraklarınız konusunda size yardım eder.
service-schuldhulpmaatje-helper = Bir gönüllü, para ve evraklar konusunda o kişiye yardım eder.
service-voedselbank = Bir süre alışverişe paranız yoksa yiyecek.
service-voedselbank-helper = O kişinin bir süre alışverişe parası yoksa yiyecek.
service-vrijwilligerscentrale = Gönüllü işler, bir arkadaş (maatje) veya gönüllülerin yaptığı ulaşım.
service-sociaal-raadslieden = Mektuplar, devlet destekleri (toeslagen), vergi ve itiraz konusunda ücretsiz yardım.
service-huisarts = Kendi aile hekiminiz. thuisarts.nl sitesinde sağlığınız hakkında daha fazla bilgi bulursunuz.
service-huisarts-helper = O kişinin kendi aile hekimi. thuisarts.nl sitesinde sağlık hakkında daha fazla bilgi bulursunuz.
service-huisartsenpost = Akşam, gece ve hafta sonu acil doktor yardımı. Her zaman önce arayın.
service-alarm-112 = Hemen tehlike varsa: polis, ambulans veya itfaiye.
service-zelfmoordpreventie-113 = İntiharı mı düşünüyorsunuz? Bunu konuşun, gece gündüz. Ücretsiz ve adınızı söylemeden.
service-zelfmoordpreventie-113-helper = O kişi intiharı mı düşünüyor? Bunu konuşun, gece gündüz. Siz endişeliyseniz de. Ücretsiz ve ad söylemeden.
service-veilig-thuis = Evde şiddet veya kötü muamele için. Tavsiye veya bildirim için, gece gündüz.
service-kindertelefoon = 8 ile 18 yaş arası çocuklar ve gençler için. Arayın veya yazışın (chat).
service-geldfit = Para sıkıntısında yardım. Sadece posta kodunuzu söylemeniz yeterli.
service-geldfit-helper = Para sıkıntısında yardım. Sadece posta kodunu söylemek yeterli.
service-luisterlijn = Sizi dinleyen biri, gece gündüz.
service-luisterlijn-helper = Dinleyen biri, gece gündüz. O kişi için ve sizin için.
service-mantelzorglijn = Yakınına bakanların soruları için, hafta içi.
service-meldpunt-zorgwekkend-gedrag = Biri için endişeleniyorsunuz ama durum acil değil mi? Bu bildirim hattını arayın.
service-juridisch-loket = Haklarınız hakkında tavsiye, örneğin kira, işten çıkarılma veya bir karar konusunda.
service-juridisch-loket-helper = Haklar hakkında tavsiye, örneğin kira, işten çıkarılma veya bir karar konusunda.
service-cak = Belediyeden aldığınız yardım için ne ödediğinizle ilgili sorular (eigen bijdrage).
service-cak-helper = O kişinin belediyeden aldığı yardım için ne ödediğiyle ilgili sorular (eigen bijdrage).
service-uwv = İşsizlik parası (WW), hastalık ve çalışamama durumu için. werk.nl üzerinden başvurursunuz.
service-uwv-helper = İşsizlik parası (WW), hastalık ve çalışamama durumu için. O kişi werk.nl üzerinden başvurur.
service-ciz = Her zaman yakınında bakım olması gereken kişiler için, örneğin bakımevinde.


## Gençler (18 yaş altı)

# REVIEW(tr): yeni metinler (gençler için yollar, belediye dışı, birçok sorun ve acil), machine-assisted.
question-young = 18 yaşından küçük müsünüz?
    .hint = Bunu sadece gençler için farklı yardım olduğu için soruyoruz.
    .why = 18 yaşından küçükler için size uygun yardım var. Önce anne babanıza sormanız gerekmez.
question-young-helper = O kişi 18 yaşından küçük mü?
    .hint = Bunu sadece gençler için farklı yardım olduğu için soruyoruz.
    .why = 18 yaşından küçükler için uygun yardım var. Gencin önce anne babasına sorması gerekmez.

outcome-young-carer = Evde birine bakan gençler için yardım var
    .why = Evde annenize, babanıza, kardeşinize mi bakıyorsunuz? O zaman siz genç bir bakım verensiniz (jonge mantelzorger). Siz de yardım isteyebilirsiniz.
    .helper = Gencin kendisinin nasıl olduğunu sorun. Okul ve arkadaşlar da önemli.
outcome-young-carer-helper = Evde birine bakan gençler için yardım var
    .why = Genç evde annesine, babasına veya kardeşine mi bakıyor? O zaman o genç bir bakım verendir (jonge mantelzorger). O da yardım isteyebilir.
outcome-young-worries = Bunu biriyle konuşun
    .why = Evdeki durum için endişeli misiniz? Bunu tek başınıza çözmek zorunda değilsiniz. Sizi dinleyen insanlar var.
    .helper = Gencin kiminle konuşacağını kendisi seçmesine izin verin.
outcome-young-worries-helper = Bunu biriyle konuşun
    .why = Genç evdeki durum için endişeli mi? Bunu tek başına çözmek zorunda değil. Dinleyen insanlar var.
outcome-young-money = Gençler için para sıkıntısında yardım var
    .why = Para sıkıntısı, genç olsanız da ağırdır. Gençlik çalışması (jongerenwerk) size ücretsiz yardım eder.
    .helper = Mektuplara birlikte bakın. Her şeyi tek başına çözmeye çalışmayın.
outcome-young-money-helper = Gençler için para sıkıntısında yardım var
    .why = Para sıkıntısı gençler için de ağırdır. Gençlik çalışması (jongerenwerk) gence ücretsiz yardım eder.

step-young-carer-contact = Bakım verenler destek merkezini (steunpunt mantelzorg) arayın veya e-posta gönderin. 18 yaşından küçük olduğunuzu söyleyin. Gençler için birileri var.
step-young-carer-contact-helper = Bakım verenler destek merkezini (steunpunt mantelzorg) arayın veya e-posta gönderin. Gencin 18 yaşından küçük olduğunu söyleyin. Gençler için birileri var.
step-young-talk-now = Şimdi biriyle konuşmak mı istiyorsunuz? Kindertelefoon'u ücretsiz arayın veya yazışın (chat). Adınızı söylemeniz gerekmez.
step-young-talk-now-helper = Genç şimdi biriyle konuşmak mı istiyor? Kindertelefoon'u aramak veya yazışmak (chat) ücretsizdir. Ad söylemek gerekmez.
step-young-own-choice = Yardım istediğinizi anne babanıza söyleyip söylemeyeceğinize kendiniz karar verirsiniz.
step-young-own-choice-helper = Genç, yardımı anne babasına söyleyip söylemeyeceğine kendisi karar verir.
step-young-school = Bunu okulda birine de anlatabilirsiniz, örneğin rehber öğretmeninize.
step-young-school-helper = Genç bunu okulda birine de anlatabilir, örneğin rehber öğretmenine.
step-young-not-alone = Birçok genç evde bakıma yardım eder. Yalnız değilsiniz.
step-young-not-alone-helper = Birçok genç evde bakıma yardım eder. Bu genç yalnız değil.
step-young-cjg = Centrum voor Jeugd en Gezin (CJG) gençlere ve ailelere yardım eder. Kendiniz arayabilirsiniz.
step-young-cjg-helper = Centrum voor Jeugd en Gezin (CJG) gençlere ve ailelere yardım eder. Genç de kendisi arayabilir.
step-young-unsafe-home = Evde güvende değil misiniz? Veilig Thuis'i arayın: 0800-2000. Genç olsanız da arayabilirsiniz.
step-young-unsafe-home-helper = Evde güvenlik yok mu? Veilig Thuis'i arayın: 0800-2000. Genç de kendisi arayabilir.
step-young-money-talk = Para sıkıntınızı güvendiğiniz biriyle konuşun.
step-young-money-talk-helper = Genç, para sıkıntısını güvendiği biriyle konuşabilir.
step-young-money-jongerenwerk = Gençlik çalışması (jongerenwerk) para ve mektuplar konusunda size ücretsiz yardım eder.
step-young-money-jongerenwerk-helper = Gençlik çalışması (jongerenwerk) para ve mektuplar konusunda gence ücretsiz yardım eder.
step-young-money-geldfit = Geldfit'i adınızı söylemeden de arayabilirsiniz.

service-jongerenwerk = Gençler için: konuşacak bir yer, etkinlikler ve para ve evraklarla ilgili yardım.


## Belediye dışından posta kodu

outcome-outside-gemeente = Bu belediyede oturmuyorsunuz
    .why = Posta kodunuz bu belediyeye ait değil. Kendi belediyeniz size yardım eder. Ulusal yardım hatları her yerde yardım eder.
outcome-outside-gemeente-helper = O kişi bu belediyede oturmuyor
    .why = Posta kodu bu belediyeye ait değil. O kişinin kendi belediyesi yardım eder. Ulusal yardım hatları her yerde yardım eder.
step-outside-not-here = Bu sitedeki yardım sadece bu belediyede oturanlar içindir.
step-outside-call-14 = Kendi belediyenizi arayın: 14 ve oturduğunuz yerin alan kodu. Örneğin Amsterdam'da 14 020.
step-outside-call-14-helper = O kişinin belediyesini arayın: 14 ve oturduğu yerin alan kodu. Örneğin Amsterdam'da 14 020.
step-outside-find = Hangi belediyeye ait olduğunuzu bilmiyor musunuz? Posta kodunuzu overheid.nl'de arayın.
step-outside-find-helper = O kişinin hangi belediyeye ait olduğunu bilmiyor musunuz? Posta kodunu overheid.nl'de arayın.
step-outside-national = Aşağıdaki yardım hatları, nerede oturursanız oturun size yardım eder.
step-outside-national-helper = Aşağıdaki yardım hatları, o kişi nerede oturursa otursun yardım eder.

service-eigen-gemeente = Posta kodunuzla hangi belediyeye ait olduğunuzu bulun.
service-eigen-gemeente-helper = Posta koduyla o kişinin hangi belediyeye ait olduğunu bulun.


## Aynı anda çok şey var ve acil

outcome-several-problems-urgent = Tek bir ekip her konuda size yardım eder. Durum acil.
    .why = Aynı anda çok şey mi var ve evinizle veya paranızla ilgili bir tehlike mi var? O zaman sosyal mahalle ekibi (sociaal wijkteam) size hızlı yardım eder.
    .helper = Neyin tehlikede olduğunu hemen söyleyin. Mektupları yanınıza alın.
outcome-several-problems-urgent-helper = Tek bir ekip her konuda o kişiye yardım eder. Durum acil.
    .why = Aynı anda çok şey mi var ve o kişinin eviyle veya parasıyla ilgili bir tehlike mi var? O zaman sosyal mahalle ekibi (sociaal wijkteam) hızlı yardım eder.
step-several-say-urgent = Bugün arayın. Neyin tehlikede olduğunu hemen söyleyin, örneğin evden çıkmak zorunda kalmak veya bir şeyin kesilmesi.
step-several-say-urgent-helper = Bugün arayın. O kişi için neyin tehlikede olduğunu hemen söyleyin, örneğin evden çıkmak zorunda kalmak veya bir şeyin kesilmesi.


# REVIEW(tr): machine-assisted; check with a native speaker
question-danger-now = Evde şu anda sizin veya bir çocuk için güvensiz bir durum var mı?
    .hint = Örneğin: biri size vuruyor, sizi tehdit ediyor veya canınızı yakıyor.
    .why = Bunu aynı anda çok şey yaşayan herkese soruyoruz. Güvensiz mi? O zaman size hemen doğru yardımı gösteririz.
question-danger-now-helper = Evde şu anda diğer kişi veya bir çocuk için güvensiz bir durum var mı?
    .hint = Örneğin: biri diğer kişiye vuruyor, onu tehdit ediyor veya canını yakıyor.


## Glossary: hard words explained where a resident first meets them
# glossary-<term> = <word>: <explanation>. Before the colon: the word as it appears in THIS
# language's texts (another form of it gets an entry of its own). The widget puts the explanation in brackets
# after the first use on a screen. Short, plain, no "you" (so it fits every form), no other hard
# words. A Dutch term already in brackets after the plain words, "(toeslagen)", counts as explained.
# REVIEW(tr): the explanations are new; please check them.

glossary-wmo = Wmo: evde yaşamaya devam etmek için yardımı düzenleyen yasa
glossary-uwv = UWV: iş ve sosyal ödemeler için ulusal kurum
glossary-ww = WW: iş kaybından sonra bir süre verilen para
glossary-cak = CAK: belediyeden alınan yardımın faturasını gönderen kurum
glossary-ciz = CIZ: birinin her zaman yakında bakıma ihtiyacı olup olmadığına karar veren kurum
glossary-dagbesteding = dagbesteding: gündüz başkalarıyla birlikte, destekle yapılan etkinlikler
glossary-bijzondere-bijstand = bijzondere bijstand: yüksek masraflar için belediyeden ek para
glossary-toeslagen = toeslagen: kira, sağlık sigortası veya çocuklar için devletten gelen para
glossary-ergotherapeut = ergotherapeut: günlük işleri yeniden kendi başına yapmaya yardım eden kişi
glossary-ervaringsdeskundige = ervaringsdeskundige: aynı şeyi kendisi yaşamış kişi
