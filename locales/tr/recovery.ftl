# Kurtarma sayfası (kâğıt üzerindeki kurtarma anahtarı) ve kurtarma ekranı.

recovery-sheet-title = Escale kurtarma sayfası
recovery-sheet-intro = Bu anahtar; bilgisayar değişirse, sistemin anahtarlığı silinirse ya da gizli cümle unutulursa Escale verilerini yeniden açar. O olmadan kimse verileri kurtaramaz: ne siz ne de bir bilgisayar uzmanı.
recovery-sheet-key-label = Kurtarma anahtarı
recovery-sheet-keep = Bu sayfayı bilgisayardan uzakta, kilitli bir yerde saklayın (örneğin kuruluşun kasasında). Fotoğrafını çekmeyin ve e-postayla göndermeyin.
recovery-sheet-anyone = Bu sayfaya ve bilgisayara sahip olan herkes verileri okuyabilir.
recovery-sheet-how = Nasıl kullanılır: Escale açılırken “Kurtarma sayfam var” seçeneğini seçin ve 4 karakterlik 14 grubu yazın. Komut satırında: escale recover.
recovery-sheet-store = Veritabanı { $storeId } · sayfanın hazırlandığı tarih: { $date }

recovery-step-title = Kurtarma anahtarınız
recovery-step-intro = Şifreli veritabanınız hazır. Başlamadan önce bu sayfayı yazdırın veya anahtarı elle yazıp saklayın. Bu bilgisayar bozulursa ya da anahtar kaybolursa verileri geri almanın tek yolu budur.
recovery-print = Sayfayı yazdırın
recovery-step-kept-safe = Kurtarma anahtarını yazdırdım veya elle yazdım ve güvenli bir yerde saklıyorum.
recovery-step-done = Escale’i kullanmaya başlayın
recovery-title = Verilerinizi kurtarma anahtarıyla yeniden açın
recovery-intro = Verileriniz hâlâ bu bilgisayarda. Kurtarma sayfasında yazılı olan kurtarma anahtarını yazın: 4 karakterlik 14 grubu sırasıyla. Boşluklar ve büyük harfler önemli değil.
recovery-key-input = Kurtarma anahtarı
recovery-key-help = Örneğin: 7K2M 9QXA HT4R … (14 grup)
recovery-new-passphrase = Yeni gizli cümle
recovery-cancel = Geri
recovery-submit = Verilerimi yeniden açın
