# Kişinin dosyası: bir destek görüşmesini düzeltme, silme ve geri getirme, geçmiş,
# olası mükerrer kayıtlar, iki dosyanın birleştirilmesi ve bunun geri alınması.

## Komut satırı
cli-about-escale-activity-edit = Bir destek görüşmesini veya atölyeyi düzeltir: yalnızca verilen seçenekler değişir.
cli-arg-escale-activity-edit-id = Etkinliğin ID’si.
cli-arg-escale-activity-edit-date = Yeni tarih (YYYY-AA-GG).
cli-arg-escale-activity-edit-duration = Dakika olarak yeni süre.
cli-arg-escale-activity-edit-themes = Konu (ulusal kod; tekrarlanabilir; tüm konuların yerine geçer).
cli-arg-escale-activity-edit-notes = Yeni notlar.
cli-arg-escale-activity-edit-next_steps = Yeni sonraki adımlar.
cli-arg-escale-activity-edit-json = Sonuç JSON biçiminde.
cli-about-escale-activity-delete = Bir etkinliği siler. Daha sonra geri getirilebilir.
cli-arg-escale-activity-delete-id = Etkinliğin ID’si.
cli-arg-escale-activity-delete-json = Sonuç JSON biçiminde.
cli-about-escale-activity-restore = Silinmiş bir etkinliği geri getirir.
cli-arg-escale-activity-restore-id = Etkinliğin ID’si.
cli-arg-escale-activity-restore-json = Sonuç JSON biçiminde.
cli-activity-deleted = { $id } etkinliği silindi. Geri getirmek için: escale activity restore { $id }
cli-about-escale-beneficiary-timeline = Bir kişinin geçmişini en yeniden en eskiye doğru gösterir: destek görüşmeleri, atölyeler, işlemlerin adımları.
cli-arg-escale-beneficiary-timeline-id = Kişinin ID’si.
cli-arg-escale-beneficiary-timeline-limit = En fazla satır sayısı.
cli-arg-escale-beneficiary-timeline-json = Sonuç JSON biçiminde.
cli-timeline-empty = Bu kişi için henüz hiçbir şey kaydedilmedi.
cli-about-escale-beneficiary-merge = Aynı kişiye ait iki dosyayı birleştirir. --yes olmadan yalnızca birleştirmenin ne yapacağını gösterir.
cli-arg-escale-beneficiary-merge-kept = Korunacak dosyanın ID’si.
cli-arg-escale-beneficiary-merge-other = Mükerrer dosyanın ID’si; bu dosya korunan dosyayla birleştirilecek.
cli-arg-escale-beneficiary-merge-yes = Birleştirmeyi gerçekten yapar.
cli-arg-escale-beneficiary-merge-json = Sonuç JSON biçiminde.
cli-merge-preview = Korunan dosyaya { $accompaniments ->
        [one] { $accompaniments } destek görüşmesi
       *[other] { $accompaniments } destek görüşmesi
    }, { $procedures ->
        [one] { $procedures } işlem
       *[other] { $procedures } işlem
    } ve { $consents ->
        [one] { $consents } onay
       *[other] { $consents } onay
    } aktarılacak. Tamamlanan alanlar: { $fields }. Birleştirmek için --yes ekleyin.
cli-merged = Dosyalar birleştirildi. Geri almak için: escale beneficiary unmerge { $merge }
cli-about-escale-beneficiary-unmerge = Bir birleştirmeyi geri alır: iki dosya eskisi gibi olur.
cli-arg-escale-beneficiary-unmerge-merge = Birleştirmenin ID’si (birleştirme yapıldığında verilir).
cli-arg-escale-beneficiary-unmerge-json = Sonuç JSON biçiminde.
cli-unmerged = Birleştirme geri alındı. { $id } dosyası geri geldi.
cli-likely-duplicate = Dikkat: aynı ad ve aynı doğum yılına sahip bir kişi zaten var ({ $id }). Aynı kişiyse dosyaları birleştirin: escale beneficiary merge

## Kişinin dosyası
undo = Geri alın
file-timeline = Geçmiş
file-timeline-older = Daha eskileri görün
file-workshop-participants = { $count ->
        [one] { $count } katılımcı
       *[other] { $count } katılımcı
    }
file-activity-edit = Düzeltin
file-activity-delete = Silin
file-activity-restore = Geri getirin
file-activity-deleted = { $date } tarihli destek görüşmesi silindi.
file-activity-restored = Destek görüşmesi geri getirildi.
file-deleted-activities = { $count ->
        [one] { $count } silinmiş destek görüşmesi
       *[other] { $count } silinmiş destek görüşmesi
    }

## İki dosyanın birleştirilmesi
merge-open = Başka bir dosyayla birleştirin
merge-title = Başka bir dosyayı { $name } adlı kişinin dosyasıyla birleştirin
merge-explanation = Bu kişinin iki dosyası varsa, diğerini arayın. Bu dosya korunur; diğer dosyadaki destek görüşmeleri, işlemler ve onaylar ile bu dosyada eksik olan bilgiler buraya aktarılır.
merge-search = Diğer dosyayı arayın (ad veya soyadı)
merge-preview-into = { $other } adlı kişinin dosyası, { $kept } adlı kişinin dosyasıyla birleştirilecek.
merge-preview-no-field = Korunan dosyaya hiçbir bilgi eklenmiyor.
merge-preview-fields = Korunan dosyaya eklenen bilgiler: { $fields }.
merge-preview-accompaniments = { $count ->
        [0] Taşınacak destek görüşmesi yok.
        [one] { $count } destek görüşmesi taşınacak.
       *[other] { $count } destek görüşmesi taşınacak.
    }
merge-preview-procedures = { $count ->
        [0] Taşınacak işlem yok.
        [one] { $count } işlem taşınacak.
       *[other] { $count } işlem taşınacak.
    }
merge-preview-consents = { $count ->
        [0] Taşınacak onay yok.
        [one] { $count } onay taşınacak.
       *[other] { $count } onay taşınacak.
    }
merge-preview-undo = Birleştirmeyi bu dosyadan geri alabilirsiniz.
merge-field-name = Kişinin adı
merge-confirm = İki dosyayı birleştirin
merge-done = Dosyalar birleştirildi.
merge-undone = Birleştirme geri alındı: iki dosya geri geldi.
merge-history = Birleştirmeler
merge-made-on = Dosya { $date } tarihinde birleştirildi
merge-undo = Birleştirmeyi geri alın

## Olası mükerrer kayıtlar
duplicate-warning = Bu kişi zaten kayıtlı olabilir (aynı ad, aynı doğum yılı):
duplicate-open = Dosyasını açın
