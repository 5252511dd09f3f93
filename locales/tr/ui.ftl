# Wegwijzer: widget metinleri (düğmeler, başlıklar, hata mesajları, kriz şeridi).
# Language: Turkish (tr). Source: locales/nl/ui.ftl
# Machine-assisted translation; needs review by a native speaker. Date: 2026-11-23.
#
# Hitap: "siz". Kısa cümleler (B1). Telefon numaraları ve posta kodu örnekleri değişmez.

## Kriz şeridi: her zaman görünür, sorunun üstünde.

crisis-heading = Hemen yardım mı gerekiyor?
crisis-role-emergency = Hayati tehlike mi var?
crisis-role-suicide-prevention = İntiharı mı düşünüyorsunuz?
crisis-role-suicide-prevention-helper = Biri intiharı mı düşünüyor?
crisis-role-veilig-thuis = Evde güvende değil misiniz?
crisis-role-huisartsenpost = Akşam veya hafta sonu doktora mı ihtiyacınız var?
crisis-role-gemeente = Belediyeye bir sorunuz mu var?
crisis-role-helpline = Biriyle konuşmak mı istiyorsunuz?

## Telefon ve açılış saatleri

phone-call = Arayın: { $number }
phone-free = ücretsiz
phone-anonymous = adınızı söylemeniz gerekmez
hours-always = gece gündüz
hours-label = Ulaşılabilir:
schedule-walk-in = Randevusuz gelebilirsiniz:
schedule-phone = Telefon:
schedule-appointment = Randevuyla:
opening-time = { $days }, { $opens } – { $closes }
day-range = { $from } – { $to }
day-mo = Pazartesi
day-tu = Salı
day-we = Çarşamba
day-th = Perşembe
day-fr = Cuma
day-sa = Cumartesi
day-su = Pazar
address-label = Adres:
link-website = { $name } web sitesi
link-chat = { $name } ile yazışın (chat)
link-email = E-posta gönderin: { $address }

## Soru ekranı

# REVIEW(tr): "question N of at most M" (the route can be shorter).
progress = Soru { $number } (en fazla { $total } soru)
button-next = İleri
button-skip = Atla
button-back = Geri
why-question = Bunu neden soruyoruz?
choose-many = Birden fazla cevap seçebilirsiniz.
helper-toggle = Bunu başka biri için dolduruyorum
answer-yes = Evet
answer-no = Hayır
postcode-label = Posta kodu (postcode)
postcode-hint = Örneğin: 1234 AB
house-number-label = Ev numarası (boş bırakabilirsiniz)
house-number-hint = Örneğin: 12 veya 12a
text-count = { $left ->
    [one] 1 karakter daha yazabilirsiniz.
   *[other] { $left } karakter daha yazabilirsiniz.
}
text-over = { $over ->
    [one] 1 karakter fazla.
   *[other] { $over } karakter fazla.
}
# REVIEW(tr): new messages (issue 19: the language button, what ticking "I don't know" turned off).
# Said (politely) when ticking one option unticked others, or the reverse.
choice-others-off = Diğer seçimler kaldırıldı.
choice-exclusive-off = { $option } seçimi kaldırıldı.

## Hata mesajları: neyin yanlış olduğunu ve nasıl düzeleceğini söyleyin.

error-summary-title = Bir sorun var
error-prefix = Hata:
error-required = Henüz bir cevap vermediniz. Bir cevap seçin veya bir şey yazın.
error-choose-one = Cevaplardan birini seçin.
error-exclusive = “{ $option }” seçeneğini ve başka bir şeyi seçtiniz. İkisinden birini seçin.
error-postcode-format = Posta kodunuzu 4 rakam ve 2 harfle yazın. Örneğin: 1234 AB.
error-postcode-format-helper = Posta kodunu 4 rakam ve 2 harfle yazın. Örneğin: 1234 AB.
error-postcode-leading-zero = Posta kodu 0 ile başlamaz. Rakamlara tekrar bakın.
error-postcode-reserved = Bu posta kodu yok. Harflere tekrar bakın.
error-house-number = 12 veya 12a gibi bir ev numarası yazın. Ya da kutuyu boş bırakın.
# REVIEW(tr): new message, machine-assisted
error-house-number-needed = Sokağınızda iki ekip çalışıyor. Ev numaranızı yazın, böylece hangi ekibin size ait olduğunu bilelim.
error-house-number-needed-helper = O kişinin sokağında iki ekip çalışıyor. Ev numarasını yazın, böylece hangi ekibin ona ait olduğunu bilelim.
# REVIEW(tr): new message, machine-assisted
advice-words-missing = Bu tavsiyenin metni henüz tam yüklenmedi. Aşağıdaki telefon numaraları doğrudur. Böyle kalırsa sayfayı yeniden yükleyin veya belediyeyi arayın.
advice-heading-fallback = Tavsiyeniz
error-too-long = Metniniz çok uzun. En fazla { $max } karakter kullanabilirsiniz.

## Cevaplarınız

answers-heading = Cevaplarınız
answers-change = Değiştir
# REVIEW(tr): the name starts with the button's visible word (WCAG 2.5.3 label in name).
answers-change-label = Değiştir: { $question } (cevabınız)
answers-skipped = Atlandı
restart = Baştan başla

## Hızlı çıkış

# REVIEW(tr): quick-exit button label; must be short and instantly clear.
quick-exit = Hemen çık
quick-exit-note = Tarayıcı geçmişiniz silinmez.
quick-exit-keys = Esc tuşuna iki kez de basabilirsiniz.

## Dil ve sesli okuma

language-label = Dil / Language
language-apply = Dili değiştir
read-aloud = Sesli oku
# REVIEW(tr): new messages (issue 19/23: the read-aloud button while reading; no voice on the device), machine-assisted.
read-aloud-stop = Okumayı durdur
read-aloud-no-voice = Sesli okuma burada çalışmıyor. Bu cihazda bu dil için bir ses yok.

## Tavsiye

urgency-urgent = Bunu hızlı yapın. Çok beklemeyin.
urgency-crisis = Şu anda tehlikede misiniz? 112'yi arayın.
urgency-crisis-helper = Şu anda tehlike var mı? 112'yi arayın.
first-contact-lead = Önce şununla iletişime geçin:
why-advice = Neden bu tavsiye?
team-heading = Mahalle ekibiniz (wijkteam)
team-heading-helper = O kişinin mahalle ekibi (wijkteam)
team-choose = Posta kodunuza birden fazla ekip bakıyor. Sokağınızın ekibini seçin.
team-choose-helper = Bu posta koduna birden fazla ekip bakıyor. O kişinin sokağının ekibini seçin.
team-unknown = Posta kodunuza hangi mahalle ekibinin baktığını bilmiyoruz. Belediyeyi arayın, size yardım ederler.
team-unknown-helper = Bu posta koduna hangi mahalle ekibinin baktığını bilmiyoruz. Belediyeyi arayın, yardım ederler.
team-skipped = Posta kodu vermediniz. Belediyeyi arayın, size yardım ederler.
client-support-heading = Biri sizinle gelsin mi? Bu ücretsizdir.
client-support-heading-helper = O kişi biri onunla gelsin ister mi? Bu ücretsizdir.
client-support-text = Bir destek danışmanı (cliëntondersteuner) sizin yanınızdadır. Belediyeyle görüşmede size yardım eder.
client-support-text-helper = Bir destek danışmanı (cliëntondersteuner) o kişinin yanındadır. Belediyeyle görüşmede yardım eder.
community-heading = Yakınınızdaki yardım
community-text = Buraya da başvurabilirsiniz. Bu, belediyenin yardımına ek olarak olabilir.
community-text-helper = O kişi buraya da başvurabilir. Bu, belediyenin yardımına ek olarak olabilir.
bring-in-heading = Şu yardımı da devreye sokabilirler
also-heading = Bunu da bilmek işinize yarar
# REVIEW(tr): new message (issue 19: the advice's closed section with the other contacts; changed: steps-heading ("Wat gebeurt er daarna?")).
more-help-heading = Yakınınızda daha fazla yardım
crisis-advice-heading = Şu anda güvende değilseniz yardım
helper-tip-heading = Yardım eden kişi olarak size bir ipucu
steps-heading = Sonra ne olacak?
bring-heading = Yanınıza alın

## Özetim

handover-heading = Özetim
handover-heading-helper = O kişi için özet
handover-intro = Bunu görüşmenize götürün. Ya da size yardım eden birine gösterin.
handover-intro-helper = Bunu görüşmeye götürün. Ya da o kişiye verin.
handover-topics = Konu ne?
handover-own-words = Kendi sözlerimle
handover-own-words-helper = O kişinin kendi sözleriyle
handover-advice = Tavsiyem
handover-advice-helper = O kişi için tavsiye
handover-first-contact = Önce iletişim:
handover-client-support = Bir destek danışmanından (cliëntondersteuner) ücretsiz yardım
# REVIEW(tr): "Andere contacten" / "Gemaakt op <datum>" (the date of printing)
handover-contacts = Diğer iletişim bilgileri
handover-date = Oluşturulma tarihi: { $date }
handover-rights = Haklarınız
handover-rights-helper = O kişinin hakları
right-client-support = Bir destek danışmanından (cliëntondersteuner) ücretsiz yardım alabilirsiniz.
right-client-support-helper = O kişi bir destek danışmanından (cliëntondersteuner) ücretsiz yardım alabilir.
right-company = Görüşmeye birini getirebilirsiniz.
right-company-helper = O kişi görüşmeye birini getirebilir. Örneğin sizi.
# REVIEW(tr): legal right to object (bezwaar maken) within 6 weeks; check the wording.
right-objection = Kararı bildiren mektuba katılmıyor musunuz? Bunu 6 hafta içinde bildirin. Buna itiraz etmek (bezwaar maken) denir.
right-objection-helper = O kişi kararı bildiren mektuba katılmıyor mu? Bunu 6 hafta içinde bildirin. Buna itiraz etmek (bezwaar maken) denir.
handover-print = Yazdır
handover-copy = Kopyala
handover-copied = Kopyalandı
handover-copy-failed = Kopyalama olmadı. Metni seçin ve kendiniz kopyalayın.
handover-share = Bağlantıyı paylaş
share-intro = Bu bağlantıyla cevaplarınızı başka bir cihazda açarsınız. Bağlantı sadece sizin ekranınızda görünür. Kendi yazdığınız sözler bağlantıda yoktur.
share-label = Cevaplarınızın bağlantısı
share-copy = Bağlantıyı kopyala

# REVIEW(tr): the share panel says plainly that the link is not secret.
share-anyone = Bu bağlantıya sahip olan herkes cevaplarınızı görebilir.
