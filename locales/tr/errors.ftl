# Hata mesajları: error-<kod>; <kod>, hatanın değişmeyen kodudur (crates/escale-core/src/error.rs).
# Escale’i kullanan kişi için yazıldı: sorun ne, ne yapmalı.

error-not-found = { $entity ->
        [mediator] Bu bilgisayarda bu ID’ye sahip bir danışman yok (danışman listesine bakın).
        [place] Bu hizmet yeri yok ya da arşivlendi.
        [partner] Bu ortak kuruluş yok ya da arşivlendi.
       *[other] Bu dosya yok ya da silindi.
    }
error-wrong-key = Anahtar veya gizli cümle bu veritabanına uymuyor. Hiçbir şey değiştirilmedi.
error-not-initialised = { $path } konumunda Escale veritabanı yok. Önce onu oluşturun (“escale init”).
error-already-initialised = { $path } konumunda zaten bir Escale veritabanı var. Hiçbir şey değiştirilmedi.
error-passphrase-required = Bu veritabanını açmak için bir gizli cümle gerekiyor.
error-passphrase-too-short = Gizli cümle en az { $min } karakter olmalı.
error-keyring-unavailable = Sistemin anahtarlığı yanıt vermiyor. Onun yerine bir gizli cümle kullanın.
error-key-missing-from-keyring = Sistemin anahtarlığında bu veritabanının anahtarı yok (başka bir hesap ya da başka bir bilgisayar mı?). Kurtarma sayfasını kullanın.
error-store-locked = Veritabanı kilitli. Devam etmek için kilidini açın.
error-schema-too-new = Bu veritabanı Escale’in daha yeni bir sürümüyle oluşturulmuş. Escale’i güncelleyin.
error-database-busy = Veritabanını başka bir program kullanıyor. Birazdan tekrar deneyin.
error-disk-full = Disk dolu: son girilen bilgiler kaydedilmedi, öncekiler sağlam. Yer açın (çöp kutusu, indirilenler), sonra tekrar deneyin.
error-database-corrupt = Veritabanı dosyası bozuk (disk hatası veya yarıda kalmış kopyalama). Escale ona hiçbir şey yazmadı. Bir yedeği geri yükleyin ve bu dosyayı bir teknisyen için saklayın.
error-read-only = Escale veri klasörüne yazamıyor (korumalı USB bellek, salt okunur disk veya yetersiz izinler). Hiçbir şey kaydedilmedi. Klasörü kontrol edin ya da yardım isteyin.
error-file-error = { $path } dosyası okunamıyor veya yazılamıyor. Disk alanını ve izinleri kontrol edin.
error-storage-error = Veritabanı hatası. Hiçbir şey kaydedilmedi.
error-key-settings-damaged = Anahtar ayarları dosyası bozuk, kopyası da bozuk. Verileriniz sağlam: onları kurtarma anahtarıyla açın.
error-key-settings-missing = Bu veritabanının anahtar ayarları kaybolmuş. Verileriniz sağlam: onları kurtarma sayfasında yazılı olan kurtarma anahtarıyla açın.
error-key-settings-too-new = Anahtar ayarları Escale’in daha yeni bir sürümüyle yazılmış ({ $format } biçimi). Escale’i güncelleyin. Hiçbir şey değiştirilmedi.
error-wrong-passphrase = Gizli cümle doğru değil. Hiçbir şey değiştirilmedi.
error-recovery-key-mistyped = Kurtarma anahtarında bir yazım hatası var. 4 karakterlik her grubu kontrol edin.
error-no-randomness = Sistem, anahtar oluşturmak için rastgele sayı vermedi. Bilgisayarı yeniden başlatıp tekrar deneyin.
error-pin-not-set = Henüz PIN kodu seçilmedi. Güvenlik ayarlarından bir tane seçin.
error-pin-settings-damaged = Kayıtlı PIN kodu okunamıyor. Gizli cümleyle veya kurtarma anahtarıyla kilidi açın, sonra yeni bir PIN kodu seçin.
error-already-erased = Bu kişinin kimlik bilgileri, iletişim bilgileri ve notları zaten silindi.

# Yedekler
error-not-a-backup = Bu dosya bir Escale yedeği değil. Adı “.escale-backup” ile biten bir dosya seçin. Hiçbir şey değiştirilmedi.
error-backup-truncated = Bu yedek eksik: kopyalama yarıda kesilmiş ya da USB bellek çok erken çıkarılmış. Başka bir yedek kullanın. Şu anki verileriniz değiştirilmedi.
error-backup-damaged = Bu yedek bozuk ya da oluşturulduktan sonra değiştirilmiş: Escale onu kullanmıyor. Başka bir yedek kullanın. Şu anki verileriniz değiştirilmedi.
error-backup-too-new = Bu yedek Escale’in daha yeni bir sürümüyle yapılmış. Escale’i güncelleyin, sonra tekrar deneyin. Hiçbir şey değiştirilmedi.
error-backup-wrong-secret = Bu kurtarma anahtarı veya gizli cümle bu yedeği açmıyor. Kontrol edin: yedeğin alındığı andaki veritabanına ait olanı gerekiyor. Hiçbir şey değiştirilmedi.
error-backup-needs-recovery-key = Bu yedek gizli cümleyle değil, kurtarma anahtarıyla (kurtarma sayfasında yazılı) açılır. Hiçbir şey değiştirilmedi.
error-backup-cancelled = Yedekleme iptal edildi. Geride hiçbir yedek dosyası bırakılmadı.
error-work-cancelled = İptal edildi: hiçbir şey değiştirilmedi.
error-restore-over-existing-data = { $path } konumunda zaten bir Escale veritabanı var. Onu yedekle değiştirmek için bunu açıkça isteyin: şu anki veritabanı bu klasörde bir kenara konur, asla silinmez. Hiçbir şey değiştirilmedi.
error-restore-interrupted = Geri yükleme yarıda durdu. Önceki verileriniz { $path } klasöründe sağlam duruyor. Hiçbir şey silmeyin ve yardım isteyin.

error-name-required = Bir ad veya soyadı yazın.
error-birth-year-out-of-range = Doğum yılı 1900 ile { $max } arasında olmalı.
error-insee-code-invalid = Yerleşim yerinin INSEE kodu 5 karakter olmalı.
error-postal-code-invalid = Posta kodu 5 rakam olmalı.
error-commune-unknown = INSEE kodu { $code } olan bir yerleşim yeri yok. Yerleşim yerini listeden seçin.
error-postal-code-not-of-commune = { $postalCode } posta kodu bu yerleşim yerine ait değil. Yerleşim yerini listeden seçin.
error-email-invalid = E-posta adresi geçerli değil.
error-phone-invalid = Telefon numarası geçerli değil.
error-language-invalid = Bilinmeyen dil kodu: { $code }.
error-unknown-code = { $field } alanı için bilinmeyen değer: “{ $code }”.
error-too-long = Bu metin çok uzun (en fazla { $max } karakter).
error-not-in-latin-letters = Bu adı Fransız belgelerindeki gibi Latin harfleriyle yazın.
error-theme-required = En az bir konu seçin.
error-administrative-theme-without-procedure-help = İdari konular “İdari işlemlerde yardım” ile birlikte seçilir: onu da işaretleyin.
error-procedure-name-without-procedure-help = İşlemin adı, “İdari işlemlerde yardım” konusuyla birlikte girilir.
error-place-required = Hizmet yerini seçin.
error-commune-required = Destek görüşmesinin yapıldığı yerleşim yerini yazın.
error-duration-out-of-range = Süre 1 dakika ile 24 saat arasında olmalı.
error-date-in-future = Tarih gelecekte olamaz.
error-individual-needs-one-beneficiary = Bireysel destek görüşmesi tam olarak bir kişiyle yapılır.
error-workshop-needs-participants = Bir atölyede en az bir takip edilen katılımcı ya da anonim katılımcı sayısı olmalı.
error-anonymous-count-exceeds-total = { $group ->
    [alreadyAccompanied] Daha önce destek almış katılımcılar, anonim katılımcıların toplamından fazla.
    [gender] Cinsiyete göre dağılım, anonim katılımcıların toplamını aşıyor.
    [ageBand] Yaş grubuna göre dağılım, anonim katılımcıların toplamını aşıyor.
    [socialStatus] Duruma göre dağılım, anonim katılımcıların toplamını aşıyor.
   *[other] Anonim katılımcıların dağılımları toplamlarını aşıyor.
}
error-anonymous-total-too-large = Bir atölyede en fazla { $max } anonim katılımcı olabilir.
error-field-not-applicable = Bu alan bu etkinlik türü için geçerli değil.
error-duplicate-participant = Bu kişi katılımcılar arasında iki kez yer alıyor.
error-status-unchanged = İşlem zaten bu durumda.
error-date-invalid = Bu tarih geçerli değil.
error-pin-invalid = PIN kodu 4 ile 12 arasında rakamdan oluşur.
error-idle-minutes-out-of-range = Kilitlenme süresi 1 ile { $max } dakika arasında olmalı.
error-consent-purpose-required = Kişinin onay verdiği en az bir amaç seçin.
error-withdrawal-before-consent = Geri çekme tarihi, onay tarihinden önce olamaz.
error-consent-already-withdrawn = Bu onay zaten geri çekilmiş.
error-retention-out-of-range = Saklama süresi { $min } ile { $max } ay arasında olmalı.
error-mediator-not-chosen = Bu bilgisayarda birden fazla danışman verilerini saklıyor. Kendi adınızı seçin.
error-keyring-shared-by-mediators = Bu bilgisayarı birden fazla danışman kullanıyor: her biri verilerini kendi gizli cümlesiyle korur. Sistemin anahtarlığı artık yeterli değil, çünkü bilgisayarın bu oturumunu kullanan herkes onu okuyabilir.
error-mediator-name-required = Danışmanın adını yazın.
error-control-characters = Bu alanda kaydedilemeyen görünmez karakterler var. Metni yeniden yazın.
error-status-transition-not-allowed = İşlem şu anki durumundan doğrudan bu duruma geçemez.
error-procedure-closed = Bu işlem kapandı: durumunu değiştirmek için, nedenini açıklayan bir notla yeniden açın.
error-procedure-not-closed = Yalnızca kapanmış bir işlem (kabul edilen, reddedilen veya bırakılan) yeniden açılabilir.
error-reopen-note-required = İşlemin neden yeniden açıldığını bir notla yazın.
error-date-before-previous-step = Bu adımın tarihi bir önceki adımdan ({ $date }) önce olamaz.
error-no-recurrence-due = Bu işlem için yapılacak bir beyan veya yenileme yok.
error-activity-not-of-this-person = Bu destek görüşmesi, işlemin sahibi olan kişiye ait değil.
error-catalogue-label-required = İşleme bir ad verin.
error-theme-not-administrative = Bir idari konu seçin.
error-delay-out-of-range = Olağan süre 1 ile { $max } gün arasında olmalı.
error-entity-name-required = { $entity ->
        [structure] Kuruluşun adını yazın.
        [place] Hizmet yerinin adını yazın.
       *[partner] Ortak kuruluşun adını yazın.
    }
error-siret-invalid = SIRET numarası 14 rakamdan oluşur (gruplar arasında boşluk bırakılabilir).
error-siret-mistyped = Bu SIRET numarası yok: büyük olasılıkla bir rakam yanlış yazılmış. Kuruluşa ait bir belgeden kontrol edin (avis de situation Insee, maaş bordrosu, fatura).
error-stored-value-unreadable = Kayıtlı bir bilgi okunamıyor ({ $entity } { $id }): bozulmuş ya da Escale’in daha yeni bir sürümüyle yazılmış.

# Seçilen klasöre bir dosya (yazdırılan bir belge) kaydetme.
error-save-folder-not-writable = { $path } klasörüne kaydedilemiyor: klasör yok, yazmaya karşı korumalı (kilitli USB bellek) ya da size ait değil. Hiçbir şey kaydedilmedi. Başka bir klasör seçin.
error-save-disk-full = { $path } klasörünün bulunduğu diskte veya USB bellekte yer kalmadı: dosya kaydedilmedi, orada hiçbir şey bırakılmadı. Yer açın ya da başka bir klasör seçin.
error-document-not-rendered = Escale bu belgeyi oluşturamadı (iç hata). Hiçbir şey kaydedilmedi. Tekrar deneyin ya da sorunu bildirin.

# Çekirdekten gelmeyen hatalar.
error-unexpected = Beklenmeyen bir hata oluştu. Hiçbir şey kaydedilmedi.
error-command-failed = Eylem beklenmedik şekilde yarıda kaldı. Hiçbir şey kaydedilmedi. Tekrar deneyin.
error-merge-with-itself = Bir dosya kendisiyle birleştirilemez. Başka bir dosya seçin.
error-value-not-understood = { $fieldId ->
    [gender] Cinsiyet anlaşılamadı: F, M veya N yazın (kadın, erkek, belirtilmemiş).
    [birthYear] Doğum yılı anlaşılamadı: dört haneli bir yıl (1970) ya da bir tarih (12/03/1970) yazın.
   *[other] Değer anlaşılamadı.
}
