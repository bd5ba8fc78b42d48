# Masaüstü uygulamasının arayüzü (ui/). Sade ve doğrudan Türkçe:
# kayıtları hızlı, çoğu zaman kişinin karşısında giren danışmanlar için.

app-name = Escale
loading = Yükleniyor…
saving = Kaydediliyor…
retry = Tekrar deneyin
cancel = İptal
yes = Evet
no = Hayır
skip-to-content = İçeriğe geç

## Üst bölüm ve gezinme

nav-label = Ana gezinme
nav-home-title = Kişi listesine dönün (Ctrl+K)
nav-back = Geri
language-select-label = Dil
# Seçicide bir dil: önce kendi dilindeki adı, sonra Türkçe adı.
language-choice = { $native } ({ $name })

shortcut-back = Esc
shortcut-new = Ctrl+N
shortcut-save = Ctrl+Enter

## İlk açılış

setup-title = Escale’e hoş geldiniz
setup-intro = Escale, internet bağlantısı olmasa bile destek görüşmelerinizin kaydını tutar.
setup-point-encrypted = Veriler bu bilgisayarda şifreli olarak kalır: anahtar olmadan kimse onları okuyamaz, bilgisayar kaybolsa ya da çalınsa bile.
setup-point-offline = Her şey internetsiz çalışır: otobüste de, ofiste de.
setup-point-nothing-sent = İnternete hiçbir şey gönderilmez.
setup-keyring-explanation = Şifreleme anahtarı, oturumunuzun güvenli anahtarlığında saklanacak: hiçbir şey ezberlemeniz gerekmez.
setup-passphrase-legend = Bir gizli cümle seçin
setup-passphrase-explanation = Bu bilgisayarda güvenli anahtarlık yok: verilerinizi bir gizli cümle koruyacak. Escale’i her açtığınızda bu cümle sorulacak. En az { $min } karakter; hatırlaması kolay kısa bir cümle çok uygundur.
setup-passphrase-warning = Bu gizli cümleyi unutursanız, verileri yeniden açmanın tek yolu kurtarma anahtarı olur (hemen ardından yazdıracaksınız).
setup-passphrase = Gizli cümle
setup-passphrase-repeat = Gizli cümle, bir kez daha
setup-shared-laptop = Bu bilgisayarı başka kişiler de kullanıyor
setup-shared-laptop-help = O zaman veriler oturumun anahtarlığı yerine, her açılışta sorulan bir gizli cümleyle korunur.
setup-passphrase-shared-explanation = Verilerinizi bir gizli cümle koruyacak. Escale’i her açtığınızda bu cümle sorulacak. En az { $min } karakter; hatırlaması kolay kısa bir cümle çok uygundur.
setup-demo = Örnek veriler yükleyin
setup-demo-help = Escale’i tanımak ya da bir iş arkadaşını eğitmek için uydurma kişiler ve destek görüşmeleri. Gerçek kullanım için işaretlemeyin.
setup-create = Şifreli veritabanımı oluşturun
setup-working = Şifreli veritabanı oluşturuluyor…
setup-working-demo = Şifreli veritabanı ve örnek veriler oluşturuluyor… Bu birkaç saniye sürer.
setup-demo-skip = Örnek veriler olmadan başlayın
setup-data-dir = Veri klasörü:

## Kilit açma

unlock-title = Escale kilitli
unlock-intro = Bu bilgisayardaki verileri açmak için gizli cümleyi yazın.
unlock-keyring-intro = Escale, verileri oturumun anahtarlığıyla açamadı.
unlock-retry = Tekrar deneyin
unlock-use-recovery = Kurtarma sayfam var
unlock-passphrase = Gizli cümle
unlock-submit = Kilidi açın
unlock-working = Açılıyor…
passphrase-deriving-key = Anahtar gizli cümleden hesaplanıyor… Bu birkaç saniye sürer.

## Kişi listesi

list-title = Desteklenen kişiler
list-new-beneficiary = Yeni kişi
list-search-label = Kişi arayın
list-search-placeholder = Ad veya soyadı…
list-search-help = Adın ya da soyadının başını yazın. Seçmek için ↑ ↓ okları, kişinin dosyasını açmak için Enter.
list-results-label = { $count ->
    [0] Sonuç yok
    [one] { $count } sonuç
   *[other] { $count } sonuç
}
list-empty = Henüz kayıtlı kişi yok. “Yeni kişi” ile başlayın.
list-no-match = “{ $query }” ile eşleşen kimse yok. Yazımı kontrol edin ya da yeni bir dosya oluşturun.
list-last-activity = Son ziyaret: { $date }
list-never-accompanied = Henüz destek görüşmesi yok
list-activity-count = { $count ->
    [one] { $count } destek görüşmesi
   *[other] { $count } destek görüşmesi
}
list-limit = Yalnızca ilk { $limit } kişi gösteriliyor: aramanızı daraltın.
person-anonymous = Anonim kişi

## Kişinin dosyası: form

beneficiary-form-new-title = Yeni kişi
beneficiary-form-edit-title = Dosyayı düzenleyin
beneficiary-anonymous = Adsız kaydedin (anonim kişi)
beneficiary-anonymous-help = Yalnızca istatistik için: ad, telefon ve e-posta saklanmaz.
beneficiary-first-name = Ad
beneficiary-last-name = Soyadı
beneficiary-latin-first-name = Latin harfleriyle ad
beneficiary-latin-last-name = Latin harfleriyle soyadı
beneficiary-latin-name-help = Ad başka bir alfabeyle (Arap, Kiril…) yazılıyorsa, Fransız belgelerindeki gibi. Kişi iki yazımdan biriyle bulunabilir.
beneficiary-birth-year = Doğum yılı
beneficiary-birth-year-help = Yaş grubu buradan hesaplanır.
beneficiary-gender = Cinsiyet
beneficiary-social-status = Durum
beneficiary-commune = Oturduğu yerleşim yeri
beneficiary-phone = Telefon
beneficiary-email = E-posta
beneficiary-languages = Konuştuğu diller
beneficiary-languages-help = Önce en çok kullandığı dili işaretleyin.
beneficiary-document-language = Verilen belgelerin dili
beneficiary-document-language-help = Yazdırılan özetlerin Fransızcanın yanındaki dili.
beneficiary-notes = Notlar
beneficiary-notes-help = Yalnızca kişiye destek olmak için gerekenler. Gereksiz sağlık bilgisi yazmayın.
beneficiary-save = Dosyayı kaydedin

commune-placeholder = Yerleşim yerinin adı veya posta kodu…
commune-help = En az 2 harf veya rakam yazın, sonra listeden seçin.
commune-clear = Yerleşim yerini silin
commune-postal-codes = { $codes }
commune-with-postal-code = { $name } ({ $postalCode })

## Kişinin dosyası: görüntüleme

file-record-activity = Destek görüşmesi kaydedin
file-edit = Dosyayı düzenleyin
file-born = { $gender ->
    [feminin] { $year } doğumlu
    [masculin] { $year } doğumlu
   *[other] { $year } doğumlu
}
file-identity = Kimlik
file-latin-name = Latin harfleriyle:
file-not-given = Belirtilmemiş
file-activities = Destek görüşmeleri ({ $count })
file-no-activity = Bu kişi için kayıtlı destek görüşmesi yok.
procedure-reference = Referans:
procedure-deadline = Son tarih: { $date }

## Destek görüşmesi kaydetme

activity-form-title = Yeni bireysel destek görüşmesi
activity-form-for = Kişi:
activity-section-when = Ne zaman ve ne kadar süre
activity-section-where = Nerede
activity-section-what = Neler yapıldı
activity-section-how = Nasıl geçti
activity-section-notes = Notlar ve sonraki adımlar
activity-date = Tarih
activity-duration = Süre
activity-duration-custom = Başka süre
activity-minutes-unit = dakika
activity-place-type = Görüşmenin yeri
activity-place = Hizmet yeri
activity-place-choose = Bir yer seçin…
activity-place-option = { $name } ({ $commune })
activity-no-place = Henüz kayıtlı hizmet yeri yok.
activity-place-add = + Hizmet yeri ekleyin
activity-place-new-name = Yerin adı (örneğin “Felletin durağı” veya “Postane”)
activity-place-new-commune = Yerin bulunduğu yerleşim yeri
activity-place-create = Bu yeri ekleyin
activity-place-cancel = İptal
activity-place-in-commune = { $place } ({ $commune })
activity-commune = Yerleşim yeri
activity-themes = Konular
activity-administrative-themes = İdari işlemler: alanlar
activity-procedure-name = İşlemin adı
activity-procedure-name-placeholder = Örneğin: titre de séjour yenileme
activity-equipment = Kullanılan araç
activity-autonomy = Kişinin kendi başına yapabilme düzeyi
activity-oriented = Başka bir kuruluşa yönlendirildi mi?
activity-orientation = Yönlendirme
activity-orientation-choose = Kuruluşu seçin…
activity-notes = Notlar
activity-next-steps = Sonraki adımlar
activity-next-steps-help = Kişinin bir dahaki sefere yapması veya getirmesi gerekenler.
activity-save = Destek görüşmesini kaydedin

## Kaydetmeden çıkma

leave-title = Kaydetmeden çıkılsın mı?
leave-text = Bu formu doldurmaya başladınız. Şimdi çıkarsanız, yazdıklarınız kaybolacak.
leave-stay = Formda kalın
leave-discard = Kaydetmeden çıkın

## Onaylar

toast-activity-saved = Destek görüşmesi kaydedildi.
toast-beneficiary-created = Dosya oluşturuldu.
toast-beneficiary-saved = Dosya kaydedildi.

## Çekirdeğe gönderilmeden önce arayüzün denetlediği hatalar

error-ui-passphrases-differ = İki gizli cümle aynı değil.
error-ui-commune-not-chosen = Yerleşim yerini önerilen listeden seçin, yoksa kaydedilmez.
error-ui-duration-required = Bir süre seçin.
error-ui-orientation-required = Kişinin yönlendirildiği kuruluşu seçin.
