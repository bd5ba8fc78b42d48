# “escale” komut satırı: yardım metinleri (cli-about-<komut>, cli-arg-<komut>-<seçenek>) ve mesajlar.

cli-about-escale = Komut satırında Escale: uygulamayla aynı şifreli veriler, yönetim ve betikler için.
cli-arg-escale-data_dir = Veri klasörü (varsayılan olarak uygulamanınki; ESCALE_DATA_DIR değişkeni).
cli-arg-escale-lang = Mesajların dili (varsayılan fr; ESCALE_LANG değişkeni).
cli-arg-escale-json = Betikler için sonuç JSON biçiminde.

cli-about-escale-init = Şifreli veritabanını oluşturur ve kurtarma anahtarını gösterir. Anahtar sistemin anahtarlığına konur; anahtarlık yoksa onu bir gizli cümle korur (klavyeden girilir veya ESCALE_PASSPHRASE değişkeninden alınır).
cli-arg-escale-init-passphrase = Veritabanını anahtarlık yerine bir gizli cümleyle korur.
cli-arg-escale-init-json = Sonuç JSON biçiminde.

cli-about-escale-recover = Veritabanını kurtarma anahtarıyla yeniden açar (yeni bilgisayar, silinmiş anahtarlık, kaybolmuş anahtar ayarları, unutulmuş gizli cümle), sonra anahtarı yeniden korur. Anahtar klavyeden girilir veya ESCALE_RECOVERY_KEY değişkeninden alınır.
cli-arg-escale-recover-passphrase = Ardından anahtarı anahtarlık yerine yeni bir gizli cümleyle korur (klavyeden girilir veya ESCALE_NEW_PASSPHRASE değişkeninden alınır).
cli-about-escale-recovery-sheet = Kurtarma sayfasını yazar (yazdırılıp kilitli bir yerde saklanacak bir sayfa).
cli-arg-escale-recovery-sheet-out = Yazılacak dosya (HTML sayfası).
cli-about-escale-key = Veritabanı anahtarının korunması.
cli-about-escale-key-protect = Anahtarı sistemin anahtarlığına ya da (yeni) bir gizli cümlenin korumasına koyar. Veriler yeniden şifrelenmez.
cli-arg-escale-key-protect-keyring = Anahtarı sistemin anahtarlığında tutar.
cli-arg-escale-key-protect-passphrase = Anahtarı yeni bir gizli cümleyle korur (klavyeden girilir veya ESCALE_NEW_PASSPHRASE değişkeninden alınır).
cli-prompt-recovery-key = Kurtarma anahtarı (4 karakterlik 14 grup):
cli-recovery-key-intro = Kurtarma anahtarı aşağıda. Bilgisayar, anahtarlık veya gizli cümle kaybolursa verileri yalnızca bu anahtar yeniden açar:
cli-recovery-key-sheet = Kurtarma sayfasını yazdırın (“escale recovery-sheet --out fiche.html”) ve bilgisayardan uzakta, kilitli bir yerde saklayın.
cli-recovered-keyring = Veritabanı kurtarma anahtarıyla yeniden açıldı. Anahtarı artık sistemin anahtarlığında.
cli-recovered-passphrase = Veritabanı kurtarma anahtarıyla yeniden açıldı. Artık yeni gizli cümlenizle korunuyor.
cli-recovery-sheet-written = Kurtarma sayfası şuraya yazıldı: { $path }. Yazdırın, kilitli bir yerde saklayın, sonra bu dosyayı silin.
cli-key-moved-to-keyring = Anahtar artık sistemin anahtarlığında. Veriler değişmedi.
cli-key-moved-to-passphrase = Anahtar artık yeni gizli cümleyle korunuyor. Veriler değişmedi.
cli-file-not-written = { $path } dosyası yazılamıyor. Hiçbir şey yazılmadı.
cli-use-recover = Verilerinizi yeniden açmak için: escale recover.

cli-about-escale-backup = Şifreli yedekler: oluşturma, denetleme, geri yükleme.
cli-about-escale-backup-create = Tüm veritabanının şifreli bir yedeğini bir klasöre (bir USB belleğe) yazar. Dosya adında tarih vardır, kişisel hiçbir şey yoktur; kurtarma anahtarıyla ya da gizli cümleyle korunan bir veritabanı için o günkü gizli cümleyle açılır.
cli-arg-escale-backup-create-to = Yedeğin yazılacağı klasör (örneğin USB bellek).
cli-arg-escale-backup-create-json = Sonuç JSON biçiminde.
cli-about-escale-backup-verify = Bir yedeği denetler: yapısını ve sağlama toplamını; ardından kurtarma anahtarı (ESCALE_RECOVERY_KEY) veya gizli cümle (ESCALE_PASSPHRASE) ile, Escale’in açıp saydığı içeriğini.
cli-arg-escale-backup-verify-file = Yedek dosyası (.escale-backup).
cli-arg-escale-backup-verify-without_secret = Yalnızca hiçbir gizli bilgi gerektirmeyen denetimler.
cli-arg-escale-backup-verify-json = Sonuç JSON biçiminde.
cli-about-escale-backup-restore = Bir yedeği baştan sona denetledikten sonra veri klasörüne geri yükler (yeni bilgisayar). Kurtarma anahtarı (ESCALE_RECOVERY_KEY) veya yedeğin gizli cümlesi (ESCALE_PASSPHRASE); yoksa klavyeden girilir.
cli-arg-escale-backup-restore-file = Yedek dosyası (.escale-backup).
cli-arg-escale-backup-restore-replace = Var olan veritabanının yerine koyar: eski veritabanı veri klasöründe bir kenara konur, asla silinmez.
cli-arg-escale-backup-restore-passphrase = Geri yüklenen anahtarı anahtarlık yerine bir gizli cümleyle korur (ESCALE_NEW_PASSPHRASE veya yedeğin gizli cümlesi).
cli-arg-escale-backup-restore-json = Sonuç JSON biçiminde.
cli-prompt-backup-passphrase = Yedeğin alındığı andaki veritabanı gizli cümlesi:
cli-backup-progress = Yedekleme
cli-restore-progress = Geri yükleme
cli-demo-progress = Örnek veriler
cli-deriving-key = Şifreli veritabanı açılıyor (anahtar türetiliyor)…
cli-backup-written = Yedek yazıldı ve denetlendi: { $path } ({ $size }).
cli-backup-verified = Yedek sağlam, { $made } tarihinde alınmış: { $people ->
    [one] { $people } kişi
   *[other] { $people } kişi
}, { $activities ->
    [one] { $activities } etkinlik
   *[other] { $activities } etkinlik
}, { $procedures ->
    [one] { $procedures } işlem
   *[other] { $procedures } işlem
}.
cli-backup-structure-verified = { $made } tarihli yedek: yapısı ve sağlama toplamı sağlam. İçeriği denetlenmedi (kurtarma anahtarı veya gizli cümle gerekir).
cli-backup-restored = { $made } tarihli yedek geri yüklendi: { $people ->
    [one] { $people } kişi
   *[other] { $people } kişi
}, { $activities ->
    [one] { $activities } etkinlik
   *[other] { $activities } etkinlik
}, { $procedures ->
    [one] { $procedures } işlem
   *[other] { $procedures } işlem
}.
cli-backup-set-aside = Önceki veriler sağlam; şuraya bir kenara konuldu: { $path }.
cli-backup-secret-needed = Kurtarma anahtarı (ESCALE_RECOVERY_KEY) veya yedeğin gizli cümlesi (ESCALE_PASSPHRASE) gerekiyor. Hiçbir şey değiştirilmedi.

cli-about-escale-demo = Gerçeğe yakın örnek veriler ekler.
cli-arg-escale-demo-people = Oluşturulacak kişi sayısı.
cli-arg-escale-demo-json = Sonuç JSON biçiminde.

cli-about-escale-beneficiary = Desteklenen kişiler: ekleme, listeleme, arama, gösterme.
cli-about-escale-beneficiary-add = Bir kişi ekler.
cli-arg-escale-beneficiary-add-first_name = Ad.
cli-arg-escale-beneficiary-add-last_name = Soyadı.
cli-arg-escale-beneficiary-add-latin_first_name = Ad başka bir alfabeyle yazılıyorsa, Fransız belgelerindeki gibi Latin harfleriyle ad.
cli-arg-escale-beneficiary-add-latin_last_name = Soyadı başka bir alfabeyle yazılıyorsa, Fransız belgelerindeki gibi Latin harfleriyle soyadı.
cli-arg-escale-beneficiary-add-anonymous = Anonim kişi (adsız, istatistik için).
cli-arg-escale-beneficiary-add-accompanied_before = Daha önce de destek aldı (başka bir yerde veya Escale’den önce): buradaki destek görüşmelerinden hiçbiri ilk görüşme sayılmaz.
cli-arg-escale-beneficiary-add-birth_year = Doğum yılı (yaş grubu buradan hesaplanır).
cli-arg-escale-beneficiary-add-gender = Cinsiyet: masculin, feminin veya non_communique.
cli-arg-escale-beneficiary-add-social_status = Durum: scolarise, sans_emploi, en_emploi, retraite veya non_communique.
cli-arg-escale-beneficiary-add-insee = Yerleşim yerinin INSEE kodu.
cli-arg-escale-beneficiary-add-postal_code = Posta kodu (verilmezse INSEE kodundan bulunur).
cli-arg-escale-beneficiary-add-commune = Yerleşim yerinin adı (verilmezse INSEE kodundan bulunur).
cli-arg-escale-beneficiary-add-phone = Telefon.
cli-arg-escale-beneficiary-add-email = E-posta adresi.
cli-arg-escale-beneficiary-add-languages = Konuştuğu dil (2 veya 3 harfli kod; tekrarlanabilir seçenek).
cli-arg-escale-beneficiary-add-document_language = Verilen belgelerin dili (fr, en, ar, fa, ps, ti, uk, ru, ro, tr, es, pt).
cli-arg-escale-beneficiary-add-notes = Notlar.
cli-arg-escale-beneficiary-add-json = Sonuç JSON biçiminde.
cli-about-escale-beneficiary-list = Kişileri alfabetik sırayla listeler.
cli-arg-escale-beneficiary-list-limit = En fazla satır sayısı.
cli-arg-escale-beneficiary-list-json = Sonuç JSON biçiminde.
cli-about-escale-beneficiary-search = Adın herhangi bir bölümüyle arar; aksanlara ve büyük harflere bakmaz.
cli-arg-escale-beneficiary-search-query = Adın ve/veya soyadının başı.
cli-arg-escale-beneficiary-search-limit = En fazla satır sayısı.
cli-arg-escale-beneficiary-search-json = Sonuç JSON biçiminde.
cli-about-escale-beneficiary-show = Bir kişinin dosyasını, destek görüşmelerini ve işlemlerini gösterir.
cli-arg-escale-beneficiary-show-id = Kişinin ID’si.
cli-arg-escale-beneficiary-show-json = Sonuç JSON biçiminde.

cli-about-escale-activity = Destek görüşmeleri ve atölyeler: kaydetme, listeleme.
cli-about-escale-activity-add = Bir bireysel destek görüşmesi veya bir grup atölyesi kaydeder.
cli-arg-escale-activity-add-beneficiaries = Desteklenen bir kişinin ID’si (atölye için tekrarlanabilir).
cli-arg-escale-activity-add-kind = Tür: individuel veya collectif.
cli-arg-escale-activity-add-date = Tarih (YYYY-AA-GG; varsayılan olarak bugün).
cli-arg-escale-activity-add-duration = Dakika olarak süre.
cli-arg-escale-activity-add-place_type = Kanal: lieu_activite, domicile, a_distance veya autre.
cli-arg-escale-activity-add-place = Hizmet yerinin ID’si (lieu_activite için).
cli-arg-escale-activity-add-insee = Yerleşim yerinin INSEE kodu (domicile ve autre için).
cli-arg-escale-activity-add-postal_code = Posta kodu.
cli-arg-escale-activity-add-commune = Yerleşim yerinin adı.
cli-arg-escale-activity-add-themes = Konu (ulusal kod; tekrarlanabilir).
cli-arg-escale-activity-add-equipment = Kullanılan araç (tekrarlanabilir).
cli-arg-escale-activity-add-autonomy = Kendi başına yapabilme: entierement_accompagne, partiellement_autonome veya autonome.
cli-arg-escale-activity-add-orientation = Kişinin yönlendirildiği kuruluş.
cli-arg-escale-activity-add-procedure_name = İdari işlemin adı.
cli-arg-escale-activity-add-workshop_title = Atölyenin başlığı.
cli-arg-escale-activity-add-workshop_level = Atölyenin düzeyi: debutant, intermediaire veya avance.
cli-arg-escale-activity-add-anonymous_total = Anonim katılımcı sayısı (atölye).
cli-arg-escale-activity-add-notes = Notlar.
cli-arg-escale-activity-add-next_steps = Sonraki adımlar.
cli-arg-escale-activity-add-json = Sonuç JSON biçiminde.
cli-about-escale-activity-defaults = Yeni bir kaydın önce önerdikleri: günün yeri, son zamanlarda en çok kullanılan konular ve süreler.
cli-arg-escale-activity-defaults-kind = Tür: individuel veya collectif.
cli-arg-escale-activity-defaults-json = Sonuç JSON biçiminde.
cli-defaults-place = Önerilen yer: { $place }
cli-defaults-place-of-day = { $place } ({ $date })
cli-defaults-themes = Konular, en çok kullanılanlar önce: { $themes }
cli-defaults-durations = Süreler, en çok kullanılanlar önce: { $durations }
cli-about-escale-activity-list = Etkinlikleri listeler, en yeniler önce.
cli-arg-escale-activity-list-from = Bu tarihten itibaren (YYYY-AA-GG).
cli-arg-escale-activity-list-to = Bu tarihe kadar (YYYY-AA-GG).
cli-arg-escale-activity-list-beneficiary = Yalnızca bu kişiye ait olanlar.
cli-arg-escale-activity-list-limit = En fazla satır sayısı.
cli-arg-escale-activity-list-json = Sonuç JSON biçiminde.

cli-about-escale-procedure = Takip edilen idari işlemler: başlatma, durum değiştirme, belgeleri işaretleme, yeniden açma, listeleme.
cli-about-escale-procedure-start = Katalogdaki bir işlemin takibini belge listesiyle birlikte başlatır.
cli-arg-escale-procedure-start-beneficiary = Kişinin ID’si.
cli-arg-escale-procedure-start-kind = Katalogdaki işlem (örneğin caf_rsa, anef_renouvellement_titre_sejour; bkz. escale catalogue list).
cli-arg-escale-procedure-start-status = Başlangıç durumu (daha önce elde edilmiş bir hakkın yenilenmesini takip etmek için acceptee).
cli-arg-escale-procedure-start-on = Başlangıç durumunun günü (YYYY-AA-GG), varsayılan olarak bugün.
cli-arg-escale-procedure-start-reference = Dosya numarası.
cli-arg-escale-procedure-start-deadline = Son tarih (YYYY-AA-GG).
cli-arg-escale-procedure-start-call_back = Kişinin geri aranacağı gün (YYYY-AA-GG).
cli-arg-escale-procedure-start-notes = Notlar.
cli-arg-escale-procedure-start-json = Sonuç JSON biçiminde.
cli-about-escale-procedure-status = Geçiş tablosu izin veriyorsa bir işlemin durumunu değiştirir (eski durum geçmişte kalır).
cli-arg-escale-procedure-status-id = İşlemin ID’si.
cli-arg-escale-procedure-status-status = Yeni durum: a_faire, en_attente_de_pieces, deposee, en_instruction, acceptee, refusee veya abandonnee.
cli-arg-escale-procedure-status-note = Bu değişiklikle ilgili not.
cli-arg-escale-procedure-status-on = Değişikliğin günü (YYYY-AA-GG), varsayılan olarak bugün.
cli-arg-escale-procedure-status-json = Sonuç JSON biçiminde.
cli-about-escale-procedure-reopen = Kapanmış bir işlemi (kabul edilen, reddedilen veya bırakılan) nedenini açıklayan bir notla yeniden açar.
cli-arg-escale-procedure-reopen-id = İşlemin ID’si.
cli-arg-escale-procedure-reopen-note = İşlemin neden yeniden açıldığı (zorunlu).
cli-arg-escale-procedure-reopen-status = Yeniden açıldıktan sonraki durum.
cli-arg-escale-procedure-reopen-on = Yeniden açma günü (YYYY-AA-GG), varsayılan olarak bugün.
cli-arg-escale-procedure-reopen-json = Sonuç JSON biçiminde.
cli-about-escale-procedure-check = İşlemin bir belgesini işaretler: getirildi, eksik veya gerekli değil.
cli-arg-escale-procedure-check-id = İşlemin ID’si.
cli-arg-escale-procedure-check-document = Katalogdaki belge (örneğin rib, avis_imposition).
cli-arg-escale-procedure-check-state = Belgenin durumu: brought, missing veya not_needed.
cli-arg-escale-procedure-check-json = Sonuç JSON biçiminde.
cli-about-escale-procedure-recurrence-done = Beklenen beyanın veya yenilemenin yapıldığını kaydeder; bir sonraki hesaplanır.
cli-arg-escale-procedure-recurrence-done-id = İşlemin ID’si.
cli-arg-escale-procedure-recurrence-done-on = Yapıldığı gün (YYYY-AA-GG), varsayılan olarak bugün.
cli-arg-escale-procedure-recurrence-done-json = Sonuç JSON biçiminde.
cli-about-escale-procedure-edit = Bir işlemin dosya numarasını, tarihlerini veya notlarını değiştirir.
cli-arg-escale-procedure-edit-id = İşlemin ID’si.
cli-arg-escale-procedure-edit-reference = Dosya numarası.
cli-arg-escale-procedure-edit-deadline = Son tarih (YYYY-AA-GG).
cli-arg-escale-procedure-edit-renewal = Bir sonraki yenilemenin veya beyanın tarihi (YYYY-AA-GG).
cli-arg-escale-procedure-edit-call_back = Kişinin geri aranacağı gün (YYYY-AA-GG).
cli-arg-escale-procedure-edit-clear = Silinecek tarih (tekrarlanabilir): deadline, renewal veya call-back.
cli-arg-escale-procedure-edit-notes = Notlar.
cli-arg-escale-procedure-edit-json = Sonuç JSON biçiminde.
cli-about-escale-procedure-link = Kişinin bir destek görüşmesini işleme bağlar.
cli-arg-escale-procedure-link-id = İşlemin ID’si.
cli-arg-escale-procedure-link-activity = Destek görüşmesinin ID’si.
cli-arg-escale-procedure-link-unlink = Bağlantı kurmak yerine bağlantıyı kaldırır.
cli-arg-escale-procedure-link-json = Sonuç JSON biçiminde.
cli-about-escale-procedure-show = Bir işlemi gösterir: durum, tarihler, belgeler, geçmiş, bağlı destek görüşmeleri.
cli-arg-escale-procedure-show-id = İşlemin ID’si.
cli-arg-escale-procedure-show-json = Sonuç JSON biçiminde.
cli-about-escale-procedure-list = İşlemleri listeler, son tarihi en yakın olan önce.
cli-arg-escale-procedure-list-beneficiary = Yalnızca bu kişiye ait olanlar.
cli-arg-escale-procedure-list-json = Sonuç JSON biçiminde.
cli-about-escale-catalogue = İşlem kataloğu: listeleme, kuruluşa ait işlemleri ekleme, kullanılmayanları gizleme.
cli-about-escale-catalogue-list = Önerilen işlemleri listeler.
cli-arg-escale-catalogue-list-all = Gizlenen ve kaldırılan işlemler de.
cli-arg-escale-catalogue-list-json = Sonuç JSON biçiminde.
cli-about-escale-catalogue-add = Kuruluşa özel bir işlem ekler.
cli-arg-escale-catalogue-add-label = İşlemin adı.
cli-arg-escale-catalogue-add-theme = İdari konu (örneğin social_sante, logement).
cli-arg-escale-catalogue-add-organisation = İşlemi yürüten kurum, katalog listesinden (örneğin caf, mairie).
cli-arg-escale-catalogue-add-documents = İstenen belge, katalogdan (tekrarlanabilir).
cli-arg-escale-catalogue-add-delay = Gün olarak olağan yanıt süresi.
cli-arg-escale-catalogue-add-json = Sonuç JSON biçiminde.
cli-about-escale-catalogue-hide = Katalogdaki bir işlemi gizler (başlamış işlemler kalır).
cli-arg-escale-catalogue-hide-id = Katalogdaki işlemin ID’si.
cli-arg-escale-catalogue-hide-json = Sonuç JSON biçiminde.
cli-about-escale-catalogue-show = Gizlenmiş bir işlemi yeniden önerir.
cli-arg-escale-catalogue-show-id = Katalogdaki işlemin ID’si.
cli-arg-escale-catalogue-show-json = Sonuç JSON biçiminde.
cli-about-escale-follow-up = Takip edilecekler: gecikmiş, bugün ve sonraki 7 gün içinde (son tarihler, yenilemeler, beyanlar, takılıp kalan işlemler, geri aramalar).
cli-arg-escale-follow-up-on = Dikkate alınacak gün (YYYY-AA-GG), varsayılan olarak bugün.
cli-arg-escale-follow-up-count = Yalnızca öğe sayısı.
cli-arg-escale-follow-up-json = Sonuç JSON biçiminde.

cli-about-escale-consent = Bir kişinin onayları: kaydetme, geri çekme, listeleme.
cli-about-escale-consent-record = Bir kişinin onayını kaydeder.
cli-arg-escale-consent-record-beneficiary = Kişinin ID’si.
cli-arg-escale-consent-record-method = Onayı nasıl verdiği: oral veya signed_form (imzalı form).
cli-arg-escale-consent-record-purposes = Kabul edilen amaç (tekrarlanabilir): file_follow_up, administrative_procedures, contact_reminders veya partner_referral.
cli-arg-escale-consent-record-date = Onay tarihi (YYYY-AA-GG; varsayılan olarak bugün).
cli-arg-escale-consent-record-json = Sonuç JSON biçiminde.
cli-about-escale-consent-withdraw = Bir onayın geri çekildiğini kaydeder (onay kanıt olarak kalır).
cli-arg-escale-consent-withdraw-id = Onayın ID’si.
cli-arg-escale-consent-withdraw-date = Geri çekme tarihi (YYYY-AA-GG; varsayılan olarak bugün).
cli-arg-escale-consent-withdraw-json = Sonuç JSON biçiminde.
cli-about-escale-consent-list = Bir kişinin onaylarını listeler, en yenisi önce.
cli-arg-escale-consent-list-beneficiary = Kişinin ID’si.
cli-arg-escale-consent-list-json = Sonuç JSON biçiminde.

cli-about-escale-person = Bir kişinin hakları: verilerinin kopyası, kalıcı silme.
cli-about-escale-person-export = Escale’in bir kişi hakkında içerdiği her şeyi yazar: kişinin dilinde okunabilir bir belge ya da JSON.
cli-arg-escale-person-export-id = Kişinin ID’si.
cli-arg-escale-person-export-out = Yazılacak dosya (yalnızca sizin hesabınız okuyabilir).
cli-arg-escale-person-export-json = Dosyayı okunabilir metin yerine JSON biçiminde yazar.
cli-about-escale-person-erase = Bir kişinin kimlik bilgilerini, iletişim bilgilerini ve notlarını kalıcı olarak siler; destek görüşmeleri istatistikler için anonim olarak kalır.
cli-arg-escale-person-erase-id = Kişinin ID’si.
cli-arg-escale-person-erase-yes = Onay sormadan siler (betikler için).
cli-arg-escale-person-erase-preview = Hiçbir şeyi değiştirmeden, yalnızca neyin silineceğini gösterir.
cli-arg-escale-person-erase-json = Sonuç JSON biçiminde.

cli-about-escale-retention = Dosyaların saklama süresi: görme, değiştirme, önizleme, uygulama.
cli-about-escale-retention-show = Saklama süresini gösterir.
cli-arg-escale-retention-show-json = Sonuç JSON biçiminde.
cli-about-escale-retention-set = Saklama süresini değiştirir (son destek görüşmesinden sonra 1 ile 120 ay arası).
cli-arg-escale-retention-set-months = Ay sayısı.
cli-arg-escale-retention-set-json = Sonuç JSON biçiminde.
cli-about-escale-retention-preview = Belli bir tarihte anonimleştirilecek dosyaları ve bunun ne zamandan beri gerektiğini listeler.
cli-arg-escale-retention-preview-on = Tarih (YYYY-AA-GG; varsayılan olarak bugün).
cli-arg-escale-retention-preview-json = Sonuç JSON biçiminde.
cli-about-escale-retention-apply = Saklama süresi dolmuş dosyaları şimdi anonimleştirir.
cli-arg-escale-retention-apply-json = Sonuç JSON biçiminde.

cli-about-escale-audit = Erişim kaydı: hangi dosyaya kim, ne zaman baktı veya hangi dosyayı kim değiştirdi.
cli-about-escale-audit-list = Kaydı listeler, en yenisi önce.
cli-arg-escale-audit-list-person = Yalnızca bu kişinin dosyasıyla ilgili olanlar.
cli-arg-escale-audit-list-limit = En fazla satır sayısı.
cli-arg-escale-audit-list-offset = Atlanacak satırlar (sonraki sayfayı okumak için).
cli-arg-escale-audit-list-json = Sonuç JSON biçiminde.

cli-prompt-passphrase = Gizli cümle:
cli-prompt-new-passphrase = Yeni gizli cümle (en az 10 karakter):
cli-prompt-repeat-passphrase = Gizli cümleyi tekrar yazın:
cli-passphrases-differ = İki gizli cümle birbirinden farklı. Hiçbir şey oluşturulmadı.
cli-initialised-keyring = Şifreli veritabanı oluşturuldu: { $path }. Anahtarı sistemin anahtarlığında.
cli-initialised-passphrase = Şifreli veritabanı oluşturuldu: { $path }. Gizli cümlenizle korunuyor: o olmadan veriler kaybolur.
cli-demo-done = Örnek veriler eklendi: { $people } kişi, { $workshops } tanesi atölye olmak üzere { $activities } etkinlik, { $procedures } işlem.
cli-nobody-found = Eşleşen kimse yok.
cli-procedure-dates = Dosya: { $reference } · son tarih: { $deadline } · yenileme: { $renewal } · geri arama: { $callBack }
cli-procedure-linked-activity = Bağlı destek görüşmesi: { $id } ({ $date })
cli-catalogue-hidden = (gizlendi)
cli-catalogue-retired = (kaldırıldı)
cli-follow-up-overdue = Gecikmiş ({ $count })
cli-follow-up-today = Bugün ({ $count })
cli-follow-up-week = Sonraki 7 gün ({ $count })
cli-follow-up-nothing = Şimdilik takip edilecek bir şey yok.
cli-follow-up-count = Takip edilecekler: { $overdue } gecikmiş, { $today } bugün, { $week } sonraki 7 gün içinde.
cli-anonymous-person = Anonim kişi
cli-beneficiary-details = { $birthYear ->
    [none] Doğum yılı bilinmiyor
   *[other] { $birthYear } doğumlu ({ $ageBand })
} · { $gender } · { $commune } · belgelerin dili: { $documentLanguage }
cli-output-failed = Sonuç yazılamıyor.
cli-consent-withdrawn-on = geri çekilme tarihi: { $date }
cli-export-written = Kişinin verileri şuraya yazıldı: { $path }. Bu dosya şifreli değil: kişiye verin, sonra silin.
cli-erase-preview-title = { $name } dosyasının kalıcı silinmesi ({ $id }):
cli-erase-preview-fields = silinecekler: { $fields };
cli-erase-preview-no-fields = doldurulmuş kimlik veya iletişim alanı yok;
cli-erase-preview-texts = boşaltılacaklar: { $accompaniments ->
    [0] destek görüşmesi notu yok
    [one] bir destek görüşmesinin notları
   *[other] { $accompaniments } destek görüşmesinin notları
}, { $procedures ->
    [0] işlem numarası veya notu yok
    [one] bir işlemin numarası ve notları
   *[other] { $procedures } işlemin numaraları ve notları
}, { $statusNotes ->
    [0] durum değişikliği notu yok
    [one] bir durum değişikliği notu
   *[other] { $statusNotes } durum değişikliği notu
};
cli-erase-preview-kept = istatistikler için adsız olarak kalacaklar: { $accompaniments ->
    [0] destek görüşmesi yok
    [one] bir destek görüşmesi
   *[other] { $accompaniments } destek görüşmesi
}, { $procedures ->
    [0] işlem yok
    [one] bir işlem (tür, durum, son tarih)
   *[other] { $procedures } işlem (tür, durum, son tarih)
}, { $consents ->
    [0] onay yok
    [one] bir onay
   *[other] { $consents } onay
}, ayrıca doğum yılı, cinsiyet, durum ve yerleşim yeri.
cli-erase-confirm = Bu silme kalıcıdır. Onaylamak için “{ $word }” yazın:
cli-erase-confirm-word = sil
cli-erase-cancelled = Hiçbir şey silinmedi.
cli-erase-needs-confirmation = Silme kalıcıdır ve hiçbir şey silinmedi: neyin silineceğini görmek ve onaylamak için komutu bir terminalde çalıştırın ya da --yes ekleyin.
cli-erase-done = { $id } dosyasının kimlik bilgileri, iletişim bilgileri ve notları silindi.
cli-erase-log-busy = Veritabanını başka bir program okuyor: son program onu kapatana kadar eski kopyalar o programın yazma günlüğünde kalır.
cli-retention-months = Saklama süresi: son destek görüşmesinden sonra { $months } ay.
cli-retention-nobody-due = Bu tarihte anonimleştirilecek dosya yok.
cli-retention-applied = { $anonymised ->
    [0] Hiçbir dosya anonimleştirilmedi
    [one] Bir dosya anonimleştirildi
   *[other] { $anonymised } dosya anonimleştirildi
} (saklama süresi: { $months } ay); kayıttan silinen eski satır sayısı: { $pruned }.
cli-audit-empty = Kayıt boş.
cli-audit-more = Başka satırlar da var: --offset { $offset }.

## Aynı bilgisayarda birden fazla danışman
cli-arg-escale-mediator = Birden fazla danışman bu bilgisayarda veri sakladığında, verileri açılacak danışman (bkz. “escale mediator list”).
cli-about-escale-mediator = Verilerini bu bilgisayarda saklayan danışmanlar; her biri kendi veritabanında, kendi gizli cümlesiyle.
cli-about-escale-mediator-list = Bu bilgisayardaki danışmanları listeler.
cli-arg-escale-mediator-list-json = Sonuç JSON biçiminde.
cli-about-escale-mediator-add = Bir danışman ekler: kendi gizli cümlesiyle korunan yeni bir veritabanı (klavyeden girilir veya ESCALE_NEW_PASSPHRASE değişkeninden alınır).
cli-arg-escale-mediator-add-name = Danışman listesinde gösterilecek ad.
cli-arg-escale-mediator-add-json = Sonuç JSON biçiminde.
cli-about-escale-mediator-rename = Listede bir danışmanın adını değiştirir.
cli-arg-escale-mediator-rename-id = Danışmanın ID’si (bkz. “escale mediator list”).
cli-arg-escale-mediator-rename-name = Yeni ad.
cli-arg-escale-mediator-rename-json = Sonuç JSON biçiminde.
cli-mediator-none = Bu bilgisayarda henüz hiçbir danışmanın verisi yok.
cli-mediator-unnamed = (adsız)
cli-mediator-line = { $id }  { $name }  { $protection ->
        [keyring] sistemin anahtarlığı
        [passphrase] gizli cümle
       *[other] bilinmeyen koruma: kurtarma anahtarını kullanın
    }
cli-mediator-added = Danışman eklendi. Verilerini “--mediator { $id }” ile açın.
cli-mediator-choose = Bu bilgisayarda birden fazla danışman verilerini saklıyor. Kendinizi “--mediator ID” ile seçin (liste için: “escale mediator list”).
