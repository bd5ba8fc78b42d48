# Fișa unei persoane: corectarea, ștergerea și restabilirea unei sesiuni de sprijin, istoricul,
# dublurile probabile, unirea a două fișe și anularea ei.

## Linie de comandă
cli-about-escale-activity-edit = Corectează o sesiune de sprijin sau un atelier: se schimbă doar opțiunile date.
cli-arg-escale-activity-edit-id = Identificatorul activității.
cli-arg-escale-activity-edit-date = Data nouă (AAAA-LL-ZZ).
cli-arg-escale-activity-edit-duration = Durata nouă, în minute.
cli-arg-escale-activity-edit-themes = Temă (cod național; se poate repeta; înlocuiește toate temele).
cli-arg-escale-activity-edit-notes = Note noi.
cli-arg-escale-activity-edit-next_steps = Pași următori noi.
cli-arg-escale-activity-edit-json = Rezultat în format JSON.
cli-about-escale-activity-delete = Șterge o activitate. Poate fi restabilită după aceea.
cli-arg-escale-activity-delete-id = Identificatorul activității.
cli-arg-escale-activity-delete-json = Rezultat în format JSON.
cli-about-escale-activity-restore = Restabilește o activitate ștearsă.
cli-arg-escale-activity-restore-id = Identificatorul activității.
cli-arg-escale-activity-restore-json = Rezultat în format JSON.
cli-activity-deleted = Activitatea { $id } a fost ștearsă. Pentru a o restabili: escale activity restore { $id }
cli-about-escale-beneficiary-timeline = Afișează istoricul unei persoane: sesiuni de sprijin, ateliere, etapele demersurilor, de la cel mai recent la cel mai vechi.
cli-arg-escale-beneficiary-timeline-id = Identificatorul persoanei.
cli-arg-escale-beneficiary-timeline-limit = Numărul maxim de rânduri.
cli-arg-escale-beneficiary-timeline-json = Rezultat în format JSON.
cli-timeline-empty = Încă nu este nimic înregistrat pentru această persoană.
cli-about-escale-beneficiary-merge = Unește două fișe ale aceleiași persoane. Fără --yes, arată doar ce ar face unirea.
cli-arg-escale-beneficiary-merge-kept = Identificatorul fișei păstrate.
cli-arg-escale-beneficiary-merge-other = Identificatorul fișei dublate, care va fi unită cu fișa păstrată.
cli-arg-escale-beneficiary-merge-yes = Unește cu adevărat.
cli-arg-escale-beneficiary-merge-json = Rezultat în format JSON.
cli-merge-preview = Fișa păstrată va primi { $accompaniments ->
        [one] { $accompaniments } sesiune de sprijin
        [few] { $accompaniments } sesiuni de sprijin
       *[other] { $accompaniments } de sesiuni de sprijin
    }, { $procedures ->
        [one] { $procedures } demers
        [few] { $procedures } demersuri
       *[other] { $procedures } de demersuri
    } și { $consents ->
        [one] { $consents } consimțământ
        [few] { $consents } consimțăminte
       *[other] { $consents } de consimțăminte
    }. Câmpuri completate: { $fields }. Adăugați --yes pentru a uni fișele.
cli-merged = Fișele au fost unite. Pentru a anula: escale beneficiary unmerge { $merge }
cli-about-escale-beneficiary-unmerge = Anulează o unire: cele două fișe redevin ca înainte.
cli-arg-escale-beneficiary-unmerge-merge = Identificatorul unirii (primit când a fost făcută).
cli-arg-escale-beneficiary-unmerge-json = Rezultat în format JSON.
cli-unmerged = Unirea a fost anulată. Fișa { $id } a revenit.
cli-likely-duplicate = Atenție: există deja o persoană cu același nume și același an al nașterii ({ $id }). Dacă este aceeași persoană, uniți fișele: escale beneficiary merge

## Fișa persoanei
undo = Anulați
file-timeline = Istoric
file-timeline-older = Vedeți cele mai vechi
file-workshop-participants = { $count ->
        [one] { $count } participant
        [few] { $count } participanți
       *[other] { $count } de participanți
    }
file-activity-edit = Corectați
file-activity-delete = Ștergeți
file-activity-restore = Restabiliți
file-activity-deleted = Sesiunea de sprijin din { $date } a fost ștearsă.
file-activity-restored = Sesiunea de sprijin a fost restabilită.
file-deleted-activities = { $count ->
        [one] { $count } sesiune de sprijin ștearsă
        [few] { $count } sesiuni de sprijin șterse
       *[other] { $count } de sesiuni de sprijin șterse
    }

## Unirea a două fișe
merge-open = Uniți cu o altă fișă
merge-title = Uniți o altă fișă cu fișa persoanei { $name }
merge-explanation = Dacă această persoană are două fișe, căutați-o pe cealaltă. Fișa de aici este păstrată; ea primește sesiunile de sprijin, demersurile și consimțămintele celeilalte, precum și informațiile care îi lipsesc.
merge-search = Căutați cealaltă fișă (nume sau prenume)
merge-preview-into = Fișa persoanei { $other } va fi unită cu fișa persoanei { $kept }.
merge-preview-no-field = Nu se adaugă nicio informație la fișa păstrată.
merge-preview-fields = Informații adăugate la fișa păstrată: { $fields }.
merge-preview-accompaniments = { $count ->
        [0] Nicio sesiune de sprijin de mutat.
        [one] { $count } sesiune de sprijin mutată.
        [few] { $count } sesiuni de sprijin mutate.
       *[other] { $count } de sesiuni de sprijin mutate.
    }
merge-preview-procedures = { $count ->
        [0] Niciun demers de mutat.
        [one] { $count } demers mutat.
        [few] { $count } demersuri mutate.
       *[other] { $count } de demersuri mutate.
    }
merge-preview-consents = { $count ->
        [0] Niciun consimțământ de mutat.
        [one] { $count } consimțământ mutat.
        [few] { $count } consimțăminte mutate.
       *[other] { $count } de consimțăminte mutate.
    }
merge-preview-undo = Veți putea anula unirea din această fișă.
merge-field-name = Numele persoanei
merge-confirm = Uniți cele două fișe
merge-done = Fișele au fost unite.
merge-undone = Unirea a fost anulată: cele două fișe au revenit.
merge-history = Uniri
merge-made-on = Fișă unită pe { $date }
merge-undo = Anulați unirea

## Dubluri probabile
duplicate-warning = Această persoană este poate deja înregistrată (același nume, același an al nașterii):
duplicate-open = Deschideți fișa ei
