# Ulusal sözlüğün etiketleri (La Coop de la médiation numérique), anlamına göre çevrildi,
# ve Escale’e özgü listeler. Kaydedilen her kod için bir kimlik: <önek>-<kod>.

activity-kind-individuel = Bireysel destek
activity-kind-collectif = Grup atölyesi

place-type-lieu_activite = Hizmet yeri
place-type-domicile = Evde
place-type-a_distance = Uzaktan
place-type-autre = Başka bir yer

equipment-ordinateur = Bilgisayar
equipment-telephone = Telefon
equipment-tablette = Tablet
equipment-autre = Diğer
equipment-aucun = Araç yok

theme-diagnostic_numerique = Dijital becerilerin değerlendirilmesi
theme-prendre_en_main_du_materiel = Bir cihazı kullanmayı öğrenme
theme-maintenance_de_materiel = Cihaz bakımı
theme-gere_ses_contenus_numeriques = Kendi dijital içeriklerini yönetme (dosyalar, fotoğraflar)
theme-navigation_sur_internet = İnternette gezinme
theme-email = E-posta
theme-bureautique = Ofis programları (metin, tablo)
theme-reseaux_sociaux = Sosyal medya ve iletişim
theme-sante = Sağlık
theme-banque_et_achats_en_ligne = Bankacılık ve internetten alışveriş
theme-entrepreneuriat = Bir iş sahibine destek
theme-insertion_professionnelle = İş hayatına katılım
theme-securite_numerique = Dijital güvenlik (önlemler)
theme-parentalite = Ebeveynlik
theme-scolarite_et_numerique = Okul ve dijital araçlar
theme-creer_avec_le_numerique = Dijital araçlarla üretme
theme-culture_numerique = Dijital kültür
theme-intelligence_artificielle = Yapay zekâ (YZ)
theme-aide_aux_demarches_administratives = İdari işlemlerde yardım
theme-papiers_elections_citoyennete = Belgeler - Seçimler - Vatandaşlık
theme-famille_scolarite = Aile - Okul
theme-social_sante = Sosyal - Sağlık
theme-travail_formation = İş - Eğitim - Girişim
theme-logement = Konut
theme-transports_mobilite = Ulaşım - Hareketlilik
theme-argent_impots = Para - Vergiler
theme-justice = Adalet
theme-etrangers_europe = Yabancılar - Avrupa
theme-loisirs_sports_culture = Boş zaman - Spor - Kültür
theme-associations = Dernekler

autonomy-entierement_accompagne = Yol gösterilerek
autonomy-partiellement_autonome = Kendi başına, gerektiğinde yol gösterilerek
autonomy-autonome = Kendi başına

workshop-level-debutant = Başlangıç
workshop-level-intermediaire = Orta
workshop-level-avance = İleri

redirection-administration = Kamu kurumu (belediye, valilik…)
redirection-mediation_numerique = Başka bir dijital destek kuruluşu
redirection-operateur_ou_organisme_en_charge = İdari işlemden sorumlu kurum veya kuruluş
redirection-aide_sociale = Sosyal yardım kuruluşu (maison des solidarités, sosyal merkez…)
redirection-insertion_professionnelle = İş hayatına katılım kuruluşu (France Travail, mission locale, ticaret odası…)
redirection-aide_aux_demarches_administratives = İdari işlemlerde yardım kuruluşu (France Services…)
redirection-autre = Diğer

gender-masculin = Erkek
gender-feminin = Kadın
gender-non_communique = Belirtilmemiş

age-band-moins_de_douze = 12 yaş altı
age-band-douze_dix_huit = 12 - 17 yaş
age-band-dix_huit_vingt_quatre = 18 - 24 yaş
age-band-vingt_cinq_trente_neuf = 25 - 39 yaş
age-band-quarante_cinquante_neuf = 40 - 59 yaş
age-band-soixante_soixante_neuf = 60 - 69 yaş
age-band-soixante_dix_plus = 70 yaş ve üzeri
age-band-non_communique = Belirtilmemiş

duration-band-moins_de_30_min = 30 dakikadan az
duration-band-de_30_min_a_1_h = 30 dakika - 1 saat
duration-band-de_1_h_a_2_h = 1 - 2 saat
duration-band-2_h_et_plus = 2 saat ve üzeri

social-status-scolarise = Öğrenci
social-status-sans_emploi = İşsiz
social-status-en_emploi = Çalışıyor
social-status-retraite = Emekli
social-status-non_communique = Belirtilmemiş veya karışık

procedure-status-a_faire = Yapılacak
procedure-status-en_attente_de_pieces = Belge bekleniyor
procedure-status-deposee = Başvuru yapıldı
procedure-status-en_instruction = İnceleniyor
procedure-status-acceptee = Kabul edildi
procedure-status-refusee = Reddedildi
procedure-status-abandonnee = Bırakıldı

procedure-event-status_change = Durum değişikliği
procedure-event-reopening = Yeniden açma
procedure-event-recurrence_done = Beyan veya yenileme yapıldı

recurrence-kind-renewal = Yenileme
recurrence-kind-declaration = Dönemsel beyan

document-state-brought = Getirildi
document-state-missing = Eksik
document-state-not_needed = Gerekli değil

follow-up-reason-deadline = Son tarih
follow-up-reason-renewal = Yapılacak yenileme
follow-up-reason-declaration = Yapılacak beyan
follow-up-reason-stuck = Çok uzun zamandır bekliyor
follow-up-reason-call_back = Kişiyi geri arayın

# Onay (Escale’e özgü liste).
consent-method-oral = Sözlü
consent-method-signed_form = İmzalı form
consent-purpose-file_follow_up = Destek görüşmelerini takip etmek için bir dosya tutulması
consent-purpose-administrative_procedures = İdari işlemlerle ilgili bilgilerin saklanması (numaralar, notlar, son tarihler)
consent-purpose-contact_reminders = Bir son tarih veya randevu için aranmak ya da mesaj almak
consent-purpose-partner_referral = Kişinin iletişim bilgilerinin yönlendirildiği kuruluşa iletilmesi

# Kişinin kim olduğunu veya ona nasıl ulaşılacağını gösteren bilgiler: kalıcı silmenin boşalttıkları.
personal-field-first_name = Ad
personal-field-last_name = Soyadı
personal-field-latin_first_name = Latin harfleriyle ad
personal-field-latin_last_name = Latin harfleriyle soyadı
personal-field-phone = Telefon
personal-field-email = E-posta adresi
personal-field-languages = Konuştuğu diller
personal-field-document_language = Belgelerin dili
personal-field-notes = Notlar

# Diller (arayüz, verilen belgeler, konuşulan diller).
language-fr = Fransızca
language-en = İngilizce
language-ar = Arapça
language-fa = Farsça (Dari)
language-ps = Peştuca
language-ti = Tigrinyaca
language-uk = Ukraynaca
language-ru = Rusça
language-ro = Rumence
language-tr = Türkçe
language-es = İspanyolca
language-pt = Portekizce
# Her dilin kendi dilindeki adı, seçiciler için.
language-native-fr = Français
language-native-en = English
language-native-ar = العربية
language-native-fa = دری / فارسی
language-native-ps = پښتو
language-native-ti = ትግርኛ
language-native-uk = Українська
language-native-ru = Русский
language-native-ro = Română
language-native-tr = Türkçe
language-native-es = Español
language-native-pt = Português

# Süreler, ulusal platformun gösterdiği gibi.
duration-minutes = { $minutes ->
    [60] 1 sa
    [90] 1 sa 30 dk
    [120] 2 sa
   *[other] { $minutes } dk
}
