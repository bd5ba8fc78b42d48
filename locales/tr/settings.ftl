# Kuruluş ayarları: kuruluş (ad, SIRET, iletişim bilgileri), hizmet yerleri ve
# kişilerin yönlendirilebileceği yerel ortak kuruluşlar rehberi.

## Erişim kaydı
audit-action-archive = arşivleme
audit-entity-partner = ortak kuruluş

## Komut satırı: kuruluş
cli-about-escale-structure = Kuruluş: ad, SIRET, adres ve iletişim bilgileri.
cli-about-escale-structure-show = Kuruluşu gösterir.
cli-arg-escale-structure-show-json = Sonuç JSON biçiminde.
cli-about-escale-structure-set = Kuruluşun bilgilerini girer; yalnızca verilen seçenekler değişir.
cli-arg-escale-structure-set-name = Kuruluşun adı.
cli-arg-escale-structure-set-siret = SIRET numarası (14 rakam, boşluk olabilir; silmek için "").
cli-arg-escale-structure-set-address = Adres.
cli-arg-escale-structure-set-insee = Yerleşim yerinin INSEE kodu (silmek için "").
cli-arg-escale-structure-set-postal_code = Posta kodu.
cli-arg-escale-structure-set-commune = Yerleşim yerinin adı (verilmezse INSEE kodundan bulunur).
cli-arg-escale-structure-set-phone = Telefon.
cli-arg-escale-structure-set-email = E-posta adresi.
cli-arg-escale-structure-set-json = Sonuç JSON biçiminde.
cli-structure-none = Henüz hiçbir kuruluş bilgisi girilmedi (escale structure set --name …).
cli-structure-details =
    SIRET: { $siret }
    Adres: { $address }
    Yerleşim yeri: { $commune }
    Telefon: { $phone }
    E-posta: { $email }

## Komut satırı: hizmet yerleri
cli-about-escale-place = Hizmet yerleri (postane, otobüs durakları…): ekleme, değiştirme, listeleme, arşivleme.
cli-about-escale-place-add = Bir hizmet yeri ekler.
cli-arg-escale-place-add-name = Yerin adı.
cli-arg-escale-place-add-address = Adres.
cli-arg-escale-place-add-insee = Yerleşim yerinin INSEE kodu.
cli-arg-escale-place-add-postal_code = Posta kodu.
cli-arg-escale-place-add-commune = Yerleşim yerinin adı.
cli-arg-escale-place-add-json = Sonuç JSON biçiminde.
cli-about-escale-place-edit = Bir hizmet yerini değiştirir; yalnızca verilen seçenekler değişir.
cli-arg-escale-place-edit-id = Yerin ID’si.
cli-arg-escale-place-edit-name = Yeni ad.
cli-arg-escale-place-edit-address = Yeni adres.
cli-arg-escale-place-edit-insee = Yerleşim yerinin INSEE kodu (silmek için "").
cli-arg-escale-place-edit-postal_code = Posta kodu.
cli-arg-escale-place-edit-commune = Yerleşim yerinin adı.
cli-arg-escale-place-edit-json = Sonuç JSON biçiminde.
cli-about-escale-place-list = Önerilen hizmet yerlerini listeler.
cli-arg-escale-place-list-json = Sonuç JSON biçiminde.
cli-about-escale-place-archive = Bir yeri arşivler: artık önerilmez, geçmiş destek görüşmelerinde adı kalır.
cli-arg-escale-place-archive-id = Yerin ID’si.
cli-arg-escale-place-archive-json = Sonuç JSON biçiminde.
cli-place-none = Hizmet yeri yok.
cli-place-archived = Yer arşivlendi: { $name } ({ $id }). Artık önerilmez; geçmiş destek görüşmelerinde adı kalır.

## Komut satırı: ortak kuruluşlar
cli-about-escale-partner = Yerel ortak kuruluşlar rehberi (CAF, CCAS, France Services, mission locale…): ekleme, değiştirme, listeleme, arşivleme.
cli-about-escale-partner-add = Rehbere bir ortak kuruluş ekler.
cli-arg-escale-partner-add-name = Ortak kuruluşun adı.
cli-arg-escale-partner-add-kind = Tür: administration, mediation_numerique, operateur_ou_organisme_en_charge, aide_sociale, insertion_professionnelle, aide_aux_demarches_administratives veya autre.
cli-arg-escale-partner-add-address = Adres.
cli-arg-escale-partner-add-insee = Yerleşim yerinin INSEE kodu.
cli-arg-escale-partner-add-postal_code = Posta kodu.
cli-arg-escale-partner-add-commune = Yerleşim yerinin adı.
cli-arg-escale-partner-add-phone = Telefon (3230 gibi kısa numaralar kabul edilir).
cli-arg-escale-partner-add-email = E-posta adresi.
cli-arg-escale-partner-add-hours = Açık olduğu saatler (serbest metin, birden fazla satır olabilir).
cli-arg-escale-partner-add-notes = Notlar (kime başvurulmalı, hangi belgeler götürülmeli…).
cli-arg-escale-partner-add-json = Sonuç JSON biçiminde.
cli-about-escale-partner-edit = Bir ortak kuruluşu değiştirir; yalnızca verilen seçenekler değişir.
cli-arg-escale-partner-edit-id = Ortak kuruluşun ID’si.
cli-arg-escale-partner-edit-name = Yeni ad.
cli-arg-escale-partner-edit-kind = Yeni tür (bkz. “escale partner add --help”).
cli-arg-escale-partner-edit-address = Yeni adres.
cli-arg-escale-partner-edit-insee = Yerleşim yerinin INSEE kodu (silmek için "").
cli-arg-escale-partner-edit-postal_code = Posta kodu.
cli-arg-escale-partner-edit-commune = Yerleşim yerinin adı.
cli-arg-escale-partner-edit-phone = Telefon.
cli-arg-escale-partner-edit-email = E-posta adresi.
cli-arg-escale-partner-edit-hours = Açık olduğu saatler.
cli-arg-escale-partner-edit-notes = Notlar.
cli-arg-escale-partner-edit-json = Sonuç JSON biçiminde.
cli-about-escale-partner-list = Rehberi alfabetik sırayla listeler.
cli-arg-escale-partner-list-kind = Yalnızca bu türdeki ortak kuruluşlar.
cli-arg-escale-partner-list-json = Sonuç JSON biçiminde.
cli-about-escale-partner-archive = Bir ortak kuruluşu rehberden çıkarır.
cli-arg-escale-partner-archive-id = Ortak kuruluşun ID’si.
cli-arg-escale-partner-archive-json = Sonuç JSON biçiminde.
cli-partner-none = Rehberde ortak kuruluş yok.
cli-partner-archived = Ortak kuruluş rehberden çıkarıldı: { $name } ({ $id }).

## Pencere: kuruluş ayarları ekranı
settings-title = Kuruluş
settings-sections = Ekranın bölümleri
settings-saved = Kaydedildi.
settings-edit = Düzenleyin
settings-edit-named = Düzenleyin: { $name }
settings-archive = Arşivleyin
settings-archive-named = Arşivleyin: { $name }
settings-save-changes = Değişiklikleri kaydedin
settings-address = Adres
settings-commune = Yerleşim yeri
settings-phone = Telefon
settings-email = E-posta adresi

settings-structure-title = Kuruluş
settings-structure-help = Bu bilgiler kişilere verilen belgelerde yer alır.
settings-structure-name = Kuruluşun adı
settings-structure-siret = SIRET numarası
settings-structure-siret-help = 14 rakam; avis de situation Insee belgesinde veya bir maaş bordrosunda yazar. İsteğe bağlı.
settings-structure-save = Kuruluşu kaydedin
settings-structure-saved = Kuruluşun bilgileri kaydedildi.
settings-mediators-title = Bu bilgisayardaki danışmanlar
settings-mediators-help = Her biri verilerini kendi gizli cümlesiyle saklar.
settings-mediators-manage = Bir danışman ekleyin veya adınızı değiştirin (Güvenlik ekranı)

settings-places-title = Hizmet yerleri
settings-places-help = Destek görüşmesi kaydedilirken önerilen yerler (postane, otobüs durakları, bir derneğin salonu…). Arşivlenen bir yer artık önerilmez; geçmiş destek görüşmelerinde adı kalır.
settings-places-empty = Şimdilik hizmet yeri yok.
settings-place-add-open = Bir yer ekleyin
settings-place-add = Bu yeri ekleyin
settings-place-new-title = Yeni hizmet yeri
settings-place-edit-title = Hizmet yerini düzenleyin
settings-place-name = Yerin adı
settings-place-added = Yer eklendi: { $name }.
settings-place-saved = Yer kaydedildi: { $name }.
settings-place-archived = Yer arşivlendi: { $name }.
settings-place-archive-title = “{ $name }” arşivlensin mi?
settings-place-archive-text = Yeni destek görüşmeleri için artık önerilmeyecek. Kaydedilmiş destek görüşmelerinde adı kalır.

settings-partners-title = Ortak kuruluşlar
settings-partners-help = Kişilerin yönlendirilebileceği kuruluşların rehberi (CAF, CCAS, France Services, mission locale…): iletişim bilgileri ve açık olduğu saatler verilen belgelerde yer alabilecek.
settings-partners-empty = Şimdilik rehberde ortak kuruluş yok.
settings-partners-empty-kind = Bu türde ortak kuruluş yok.
settings-partner-filter = Gösterilecekler
settings-partner-filter-all = Tüm ortak kuruluşlar
settings-partner-add-open = Bir ortak kuruluş ekleyin
settings-partner-add = Bu ortak kuruluşu ekleyin
settings-partner-new-title = Yeni ortak kuruluş
settings-partner-edit-title = Ortak kuruluşu düzenleyin
settings-partner-name = Ortak kuruluşun adı
settings-partner-kind = Kuruluş türü
settings-partner-hours = Açık olduğu saatler
settings-partner-hours-help = Kişiye söyleyeceğiniz gibi, gerekirse birkaç satırda: “Pazartesi–Cuma 08.30–12.00”.
settings-partner-notes = Notlar
settings-partner-notes-help = Sizin için: kime başvurulmalı, hangi belgeler götürülmeli… Verilen belgelerde yer almaz.
settings-partner-added = Ortak kuruluş eklendi: { $name }.
settings-partner-saved = Ortak kuruluş kaydedildi: { $name }.
settings-partner-archived = Ortak kuruluş rehberden çıkarıldı: { $name }.
settings-partner-archive-title = “{ $name }” rehberden çıkarılsın mı?
settings-partner-archive-text = Artık önerilmeyecek. Gerekirse yeniden ekleyebilirsiniz.
