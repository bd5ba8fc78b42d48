# Aynı bilgisayarda birden fazla danışman: her birinin kendi verileri, kendi gizli cümlesiyle.

mediator-choice-title = Escale’i kim kullanıyor?
mediator-choice-intro = Bu bilgisayarda birden fazla danışman verilerini saklıyor. Her biri yalnızca kendi verilerini görür. Adınızı seçin.
mediator-unnamed = { $number } numaralı danışman
mediator-add-open = Bu bilgisayara bir danışman ekleyin
mediator-add-title = Yeni bir danışman
mediator-add-intro = Kendi gizli cümlenizle korunan kendi verileriniz olacak. Bu bilgisayardaki diğer danışmanlar onları okuyamayacak, siz de onlarınkini okuyamayacaksınız.
mediator-add-keyring-first = { $count ->
        [one] Bu bilgisayardaki bir danışmanın verileri hâlâ oturumun anahtarlığıyla korunuyor; bu oturumu kullanan herkes onu açabilir. Önce o danışman bir gizli cümle seçmeli (Güvenlik, “Bu gizli cümleyle koruyun”).
       *[other] Bu bilgisayardaki { $count } danışmanın verileri hâlâ oturumun anahtarlığıyla korunuyor; bu oturumu kullanan herkes onu açabilir. Önce bu danışmanlar bir gizli cümle seçmeli (Güvenlik, “Bu gizli cümleyle koruyun”).
    }
mediator-name = Danışman listesinde görünecek adınız
mediator-add = Verilerimi oluşturun
mediator-switch = { $name } · danışman değiştirin
mediator-switch-title = Verilerinizi kapatın ve danışman listesine dönün
mediator-settings-title = Bu bilgisayardaki danışmanlar
mediator-settings-alone = Bu bilgisayarda Escale verisi saklayan tek kişi sizsiniz. Bir iş arkadaşınız da kendi verilerini ekleyebilir: bunlar sizinkilerden ayrı tutulur, her biri kendi gizli cümlesiyle.
mediator-settings-shared = { $count ->
        [one] Bu bilgisayarda bir danışman verilerini saklıyor.
       *[other] Bu bilgisayarda { $count } danışman verilerini saklıyor, her biri kendi gizli cümlesiyle.
    }
mediator-settings-keyring-first = Bir iş arkadaşınızı eklemeden önce verilerinizi bir gizli cümleyle koruyun (yukarıda): oturumun anahtarlığı, bu oturumu kullanan herkese açılır.
mediator-own-name = Danışman listesindeki adınız
mediator-save-name = Adı kaydedin
mediator-name-saved = Ad kaydedildi.
unlock-mediator = Veriler: { $name }.
unlock-other-mediator = Ben değilim: başka bir danışman seçin
