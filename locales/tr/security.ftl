# Kilitleme, PIN kodu ve güvenlik ayarları.

lock-now = Kilitleyin
shortcut-lock = Ctrl+L
lock-title = Escale kilitli
lock-pin = PIN kodu
lock-no-pin = Henüz PIN kodu seçilmedi: bu kilit yalnızca ekranı gizler. “Güvenlik” bölümünden bir PIN kodu seçin.
lock-wrong-pin = { $attemptsLeft ->
    [one] PIN kodu doğru değil. 1 deneme hakkınız kaldı.
   *[other] PIN kodu doğru değil. { $attemptsLeft } deneme hakkınız kaldı.
}
lock-locked-out-passphrase = Çok fazla deneme yapıldı. Şimdi gizli cümleyi yazın.
lock-locked-out-recovery = Çok fazla deneme yapıldı. Şimdi kurtarma anahtarını yazın.
security-title = Güvenlik
security-lock-title = Kilitleme
security-pin-is-set = Bir PIN kodu seçildi. Geri döndüğünüzde Escale’in kilidini bu kod açar.
security-pin-not-set = Henüz PIN kodu seçilmedi. Bir tane seçin: Escale kilitlendiğinde sorulacak.
security-new-pin = Yeni PIN kodu (4 ile 12 arası rakam)
security-new-pin-repeat = Yeni PIN kodu, bir kez daha
security-save-pin = PIN kodunu kaydedin
security-pin-saved = PIN kodu kaydedildi.
security-idle = Kilitlenme zamanı
security-idle-minutes = { $minutes ->
    [one] 1 dakika boyunca kullanılmadığında
   *[other] { $minutes } dakika boyunca kullanılmadığında
}
security-idle-saved = Escale, { $minutes } dakika boyunca kullanılmadığında kilitlenecek.
security-sheet-explanation = Bilgisayar, anahtarlık veya gizli cümle kaybolursa kurtarma sayfası verileri yeniden açar. Kaybettiyseniz yeniden yazdırın.
security-show-sheet = Kurtarma sayfasını gösterin
security-hide-sheet = Sayfayı gizleyin
security-key-title = Anahtarın korunması
security-key-is-keyring = Anahtar, oturumunuzun anahtarlığında. Ortak kullanılan bir bilgisayarda onu bir gizli cümleyle korumanız daha iyi olur.
security-key-is-passphrase = Anahtar bir gizli cümleyle korunuyor.
security-current-passphrase = Şu anki gizli cümle
security-change-passphrase = Gizli cümleyi değiştirin
security-move-to-passphrase = Bu gizli cümleyle koruyun
security-move-to-keyring = Bunun yerine anahtarlığı kullanın
security-passphrase-saved = Anahtarı artık yeni gizli cümle koruyor.
security-moved-to-keyring = Anahtar artık oturumun anahtarlığında.
security-no-reencryption = Veriler yeniden şifrelenmez ve kurtarma sayfası geçerli kalır.
error-ui-pins-differ = İki PIN kodu birbirinden farklı.
setup-pin = Escale’in kilidini açmak için PIN kodu (4 ile 12 arası rakam)
setup-pin-help = Bilgisayarın başından ayrıldığınızda Escale kilitlenir; bu kod kilidi açar.

backup-title = Yedekleme
backup-never = Bu bilgisayarda henüz hiç yedek alınmadı.
backup-too-old = { $days ->
    [one] Son yedek dün alındı.
   *[other] Son yedek { $days } gün önce alındı.
}
backup-explanation = Bir USB bellek takın ve en az haftada bir yedek alın. Yedek de verileriniz gibi şifrelidir: kurtarma anahtarıyla yeniden açılır.
backup-folder = Yedeğin kaydedileceği yer
backup-now = Şimdi yedek alın
backup-working = Yedek alınıyor… ardından dosya denetlenecek.
backup-done = Yedek alındı ve denetlendi ({ $megabytes } MB):
work-cancel = İptal
work-cancelling = İptal ediliyor…

## İlk açılışta bir yedeği geri yükleme
setup-restore-offer = Escale başka bir bilgisayarda zaten var mıydı?
setup-restore = Bir yedeği geri yükleyin
restore-title = Bir yedeği geri yükleyin
restore-intro = Yedeğin bulunduğu USB belleği takın. Escale dosyayı kullanmadan önce baştan sona denetler; her şey denetlenmeden hiçbir şey yüklenmez.
restore-file = Yedek dosyası
restore-file-help = Dosyanın yolunu yazın (adı .escale-backup ile biter).
restore-file-found = { $count ->
        [one] USB bellekte veya belgelerinizde bir yedek bulundu; başka bir yol da yazabilirsiniz.
       *[other] { $count } yedek bulundu; en yenisi öneriliyor. Başka birini seçebilirsiniz.
    }
restore-inspect = Bu dosyayı denetleyin
restore-inspecting = Dosya denetleniyor…
restore-summary = Yedek sağlam, { $made } tarihinde alınmış:
restore-use-recovery-key = Gizli cümleyi unuttum: kurtarma sayfasını kullanacağım
restore-passphrase-of-the-time = Yedek alındığı andaki gizli cümle
restore-passphrase-help = Yedeğin alındığı gün Escale’i açmak için yazdığınız cümle.
restore-new-passphrase-needed = Bu bilgisayardaki verileri korumak için bir gizli cümle seçin
restore-new-passphrase-optional = Yeni gizli cümle (isteğe bağlı: yazmazsanız yedeğin gizli cümlesi kullanılmaya devam eder)
restore-new-passphrase-optional-keyring = Yeni gizli cümle (isteğe bağlı: yazmazsanız anahtar oturumun anahtarlığında saklanır)
restore-other-file = Başka bir dosya seçin
restore-submit = Verilerimi geri yükleyin
restore-working = Yedek okunuyor ve denetleniyor…
error-ui-backup-file-required = Yedek dosyasını belirtin.
error-ui-restore-cancelled = Geri yükleme iptal edildi. Bu bilgisayara hiçbir şey yüklenmedi.
