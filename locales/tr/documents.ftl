# Kişinin eve götürdüğü basılı belgeler (PDF): randevu özeti, bir işlemin takibi, veriler
# için onay. Az okuyan kişiler okur: kısa cümleler, yaygın kelimeler, «siz». Her belge
# Fransızca ve kişinin dilinde, yan yana basılır.
# Sözlükteki kelimeler (konular, durumlar, belgeler) ve kişiye çevrilen ekran
# (person-view-*) kendi dosyalarından olduğu gibi alınır.

## Her sayfada
documents-page = Sayfa { $page } / { $pages }
documents-for-person = Kişi: { $name }
# Dosya için önerilen ad: asla kişinin adı değil.
documents-file-summary = randevu-ozeti-{ $date }.pdf
documents-file-procedure = islem-takibi-{ $date }.pdf
documents-file-consent = veri-onayi-{ $date }.pdf

## Randevu özeti
documents-summary-title = Randevunuzun özeti
documents-summary-with-mediator = Görüştüğünüz kişi: { $mediator }, { $structure }
documents-summary-with-structure = Görüştüğünüz yer: { $structure }
documents-summary-when-where = Tarih: { $date } — Yer: { $place }
documents-summary-done = Neler yaptık
documents-summary-procedure-typed = İşlem: { $procedure }
documents-summary-procedure-followed = Takip edilen işlem: { $procedure }
documents-summary-workshop = Atölye: { $title }
documents-column-procedure = İşlem
documents-column-status = Ne durumda
documents-column-reference = Dosya numarası
documents-column-deadline = Son tarih
documents-summary-next-steps = Şimdi yapmanız gerekenler
documents-summary-typed-by-mediator = Danışmanınız şunu yazdı:
documents-summary-next-steps-none = Şimdilik başka bir şey yok.
documents-summary-bring = Bir dahaki sefere getirmeniz gereken belgeler
documents-summary-bring-hint = Belge elinizde olunca kutuyu işaretleyin.
documents-summary-bring-none = Getirmeniz gereken bir belge yok.
documents-summary-next-date = Bir sonraki randevu
documents-summary-call-back = Danışmanınız sizi { $date } tarihinde arayacak.
documents-summary-no-date = Henüz tarih yok. Tarihi buraya yazın:
documents-summary-write-date = Tarih: ____________    Saat: ________
documents-date-line = { $date }: { $what }
documents-contacts = Faydalı iletişim bilgileri
documents-contact-partner = { $name } ({ $kind })
documents-contact-hours = Açık olduğu saatler: { $hours }

## Bir işlemin takibi
documents-procedure-title = İşleminizin takibi
documents-procedure-organisation = Kurum: { $organisation }
documents-procedure-since = { $date } tarihinden beri
documents-procedure-no-reference = Henüz dosya numarası yok.
documents-procedure-dates = Unutmamanız gereken tarihler
documents-procedure-renewal = { $date } tarihinden önce yenilenmeli
documents-procedure-declaration = Sonraki beyan: { $date }
documents-procedure-call-back = Danışmanınız sizi { $date } tarihinde arayacak.
documents-procedure-no-dates = Şimdilik unutmamanız gereken bir tarih yok.
documents-procedure-documents = Belgeler
documents-procedure-documents-count = { $missing ->
    [0] Bütün belgeler tamam.
    [one] Bir belge hâlâ eksik.
   *[other] { $missing } belge hâlâ eksik.
}
documents-procedure-brought = { $document } ({ $date } tarihinde getirildi)
documents-procedure-no-documents = İstenen belge yok.
documents-procedure-history = Adımlar
documents-column-date = Tarih
documents-column-step = Adım
documents-column-note = Not
documents-step-reopened = Yeniden açıldı: { $status }

## Kişisel veriler için onay
documents-consent-title = Bilgileriniz ve onayınız
documents-consent-intro = { $structure ->
    [none] İşlemlerinizde size yardım ediyoruz.
   *[other] { $structure } işlemlerinizde size yardım ediyor.
} Sizi iyi takip edebilmek için sizinle ilgili bazı bilgileri saklıyoruz. Bu bilgiler danışmanınızın bilgisayarında kalır ve bir parolayla korunur. İnternette değildir.
documents-consent-what = Neleri saklıyoruz
documents-consent-what-identity = Adınız, doğum yılınız, yaşadığınız yer, telefonunuz, e-posta adresiniz ve konuştuğunuz diller.
documents-consent-what-visits = Randevularınız: tarih, konu, süre ve geriye kalan işler.
documents-consent-what-procedures = İşlemleriniz: dosya numarası, tarihler, getirilen veya eksik belgeler.
documents-consent-why = Neden
documents-consent-tick = Kabul ettiklerinizi işaretleyin:
documents-consent-statistics = Randevularınız, adınız olmadan, dijital destek hizmetlerinin istatistiklerinde sayılır.
documents-consent-how-long = Ne kadar süre
documents-consent-retention = { $months ->
    [one] Bilgilerinizi son randevunuzdan sonra { $months } ay saklıyoruz. Sonra adınızı ve iletişim bilgilerinizi siliyoruz.
   *[other] Bilgilerinizi son randevunuzdan sonra { $months } ay saklıyoruz. Sonra adınızı ve iletişim bilgilerinizi siliyoruz.
}
documents-consent-rights = Haklarınız
documents-consent-right-access = Bütün bilgilerinizin bir kopyasını alabilirsiniz.
documents-consent-right-correct = Yanlış bir bilginin düzeltilmesini isteyebilirsiniz.
documents-consent-right-erase = Bilgilerinizin silinmesini isteyebilirsiniz.
documents-consent-right-withdraw = Onayınızı istediğiniz zaman geri çekebilirsiniz. Aldığınız yardım değişmez.
documents-consent-how = { $structure ->
    [none] Bunun için danışmanınızla konuşun.
   *[other] Bunun için danışmanınızla konuşun ya da { $structure } ile iletişime geçin.
}
documents-consent-complaint = Cevabımız sizi memnun etmezse CNIL’e (Fransa’daki kişisel verileri koruma kurumu, www.cnil.fr) yazabilirsiniz.
documents-consent-sign = Onayınız
documents-consent-sign-text = Bu belgeyi okudum ya da bana okundu. İşaretlediklerimi kabul ediyorum.
documents-signature-person = Tarih ve kişinin imzası
documents-signature-mediator = Tarih ve danışmanın imzası

## Komut satırı
cli-about-escale-pdf = Kişi için bir belgeyi PDF olarak, Fransızca ve kişinin kendi dilinde yazdırır. --lang ile, Fransızcanın yanında verilen dilde (“fr”: yalnızca Fransızca).
cli-about-escale-pdf-summary = Bir randevunun özeti: yapılanlar, süren işlemler, yapılacaklar, getirilecek belgeler, iletişim bilgileri.
cli-about-escale-pdf-procedure = Bir işlemin takibi: adımlar, getirilen ve eksik belgeler, dosya numarası, tarihler.
cli-about-escale-pdf-consent = Veriler için onay: Escale’in neleri sakladığı, neden ve ne kadar süre sakladığı, kişinin hakları, imza yeri.
cli-arg-escale-pdf-summary-id = Destek görüşmesinin ID’si.
cli-arg-escale-pdf-procedure-id = İşlemin ID’si.
cli-arg-escale-pdf-consent-id = Kişinin ID’si.
cli-arg-escale-pdf-summary-out = Yazılacak PDF dosyası (varsa üzerine yazılır).
cli-arg-escale-pdf-procedure-out = Yazılacak PDF dosyası (varsa üzerine yazılır).
cli-arg-escale-pdf-consent-out = Yazılacak PDF dosyası (varsa üzerine yazılır).
cli-pdf-written = { $pages ->
    [one] Belge kaydedildi: { $path } ({ $pages } sayfa).
   *[other] Belge kaydedildi: { $path } ({ $pages } sayfa).
}
