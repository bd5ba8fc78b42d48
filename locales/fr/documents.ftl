# Les documents imprimés (PDF) que la personne emporte : résumé du rendez-vous, suivi d’une
# démarche, accord sur les données. Ils sont lus par des personnes qui lisent peu : phrases
# courtes, mots courants, « vous ». Chaque document est imprimé en français et dans la langue
# de la personne, côte à côte.
# Les mots du vocabulaire (thématiques, statuts, documents) et l’écran tourné vers la personne
# (person-view-*) sont repris tels quels de leurs fichiers.

## Sur chaque page
documents-page = Page { $page } sur { $pages }
documents-for-person = Pour : { $name }
# Nom proposé pour le fichier : jamais le nom de la personne.
documents-file-summary = resume-rendez-vous-{ $date }.pdf
documents-file-procedure = suivi-demarche-{ $date }.pdf
documents-file-consent = accord-donnees-{ $date }.pdf

## Résumé du rendez-vous
documents-summary-title = Résumé de votre rendez-vous
documents-summary-with-mediator = Avec { $mediator }, { $structure }
documents-summary-with-structure = Avec { $structure }
documents-summary-when-where = Le { $date } — { $place }
documents-summary-done = Ce que nous avons fait
documents-summary-procedure-typed = Démarche : { $procedure }
documents-summary-procedure-followed = Démarche suivie : { $procedure }
documents-summary-workshop = Atelier : { $title }
documents-column-procedure = Démarche
documents-column-status = Où en est-elle
documents-column-reference = Numéro de dossier
documents-column-deadline = À faire avant le
documents-summary-next-steps = Ce qu’il faut faire maintenant
documents-summary-typed-by-mediator = Votre médiateur a écrit :
documents-summary-next-steps-none = Rien de plus pour le moment.
documents-summary-bring = Documents à apporter la prochaine fois
documents-summary-bring-hint = Cochez la case quand vous avez le document.
documents-summary-bring-none = Vous n’avez pas de document à apporter.
documents-summary-next-date = Prochain rendez-vous
documents-summary-call-back = Votre médiateur vous appelle le { $date }.
documents-summary-no-date = Pas encore de date. Notez-la ici :
documents-summary-write-date = Date : ____________    Heure : ________
documents-date-line = { $date } : { $what }
documents-contacts = Contacts utiles
documents-contact-partner = { $name } ({ $kind })
documents-contact-hours = Horaires : { $hours }

## Suivi d’une démarche
documents-procedure-title = Suivi de votre démarche
documents-procedure-organisation = Organisme : { $organisation }
documents-procedure-since = Depuis le { $date }
documents-procedure-no-reference = Pas encore de numéro de dossier.
documents-procedure-dates = Dates à retenir
documents-procedure-renewal = À renouveler avant le { $date }
documents-procedure-declaration = Prochaine déclaration le { $date }
documents-procedure-call-back = Votre médiateur vous appelle le { $date }.
documents-procedure-no-dates = Pas de date à retenir pour le moment.
documents-procedure-documents = Les documents
documents-procedure-documents-count = { $missing ->
    [0] Tous les documents sont là.
    [one] Il manque encore un document.
   *[other] Il manque encore { $missing } documents.
}
documents-procedure-brought = { $document } (apporté le { $date })
documents-procedure-no-documents = Pas de document demandé.
documents-procedure-history = Les étapes
documents-column-date = Date
documents-column-step = Étape
documents-column-note = Note
documents-step-reopened = Rouverte : { $status }

## Accord sur les données personnelles
documents-consent-title = Vos informations et votre accord
# $structure : le nom de la structure, ou « none » quand elle n’est pas encore renseignée.
documents-consent-intro = { $structure ->
    [none] Nous vous aidons dans vos démarches.
   *[other] { $structure } vous aide dans vos démarches.
} Pour bien vous suivre, nous gardons quelques informations sur vous. Elles restent sur l’ordinateur de votre médiateur, protégées par un mot de passe. Elles ne sont pas sur internet.
documents-consent-what = Ce que nous gardons
documents-consent-what-identity = Votre nom, votre année de naissance, votre commune, votre téléphone, votre e-mail et les langues que vous parlez.
documents-consent-what-visits = Vos rendez-vous : la date, le sujet, la durée et ce qu’il reste à faire.
documents-consent-what-procedures = Vos démarches : le numéro de dossier, les dates, les documents apportés ou qui manquent.
documents-consent-why = Pourquoi
documents-consent-tick = Cochez ce que vous acceptez :
documents-consent-statistics = Sans votre nom, vos rendez-vous sont comptés dans les statistiques de la médiation numérique.
documents-consent-how-long = Combien de temps
documents-consent-retention = { $months ->
    [one] Nous gardons vos informations { $months } mois après votre dernier rendez-vous. Ensuite, nous effaçons votre nom et vos coordonnées.
   *[other] Nous gardons vos informations { $months } mois après votre dernier rendez-vous. Ensuite, nous effaçons votre nom et vos coordonnées.
}
documents-consent-rights = Vos droits
documents-consent-right-access = Vous pouvez avoir une copie de toutes vos informations.
documents-consent-right-correct = Vous pouvez faire corriger une information fausse.
documents-consent-right-erase = Vous pouvez demander d’effacer vos informations.
documents-consent-right-withdraw = Vous pouvez retirer votre accord quand vous voulez. L’aide que vous recevez ne change pas.
documents-consent-how = { $structure ->
    [none] Pour cela, parlez-en à votre médiateur.
   *[other] Pour cela, parlez-en à votre médiateur ou contactez { $structure }.
}
documents-consent-complaint = Si notre réponse ne vous convient pas, vous pouvez écrire à la CNIL (www.cnil.fr).
documents-consent-sign = Votre accord
documents-consent-sign-text = J’ai lu ce document, ou on me l’a lu. J’accepte ce que j’ai coché.
documents-signature-person = Date et signature de la personne
documents-signature-mediator = Date et signature du médiateur

## Ligne de commande
cli-about-escale-pdf = Imprime un document pour la personne, en PDF, en français et dans sa langue. Avec --lang, dans la langue donnée à côté du français (« fr » : français seul).
cli-about-escale-pdf-summary = Résumé d’un rendez-vous : ce qui a été fait, les démarches en cours, ce qu’il faut faire, les documents à apporter, les contacts.
cli-about-escale-pdf-procedure = Suivi d’une démarche : les étapes, les documents apportés et ceux qui manquent, le numéro de dossier, les dates.
cli-about-escale-pdf-consent = Accord sur les données : ce qu’Escale garde, pourquoi, combien de temps, les droits de la personne, une place pour signer.
cli-arg-escale-pdf-summary-id = Identifiant de l’accompagnement.
cli-arg-escale-pdf-procedure-id = Identifiant de la démarche.
cli-arg-escale-pdf-consent-id = Identifiant de la personne.
cli-arg-escale-pdf-summary-out = Fichier PDF à écrire (remplacé s’il existe).
cli-arg-escale-pdf-procedure-out = Fichier PDF à écrire (remplacé s’il existe).
cli-arg-escale-pdf-consent-out = Fichier PDF à écrire (remplacé s’il existe).
cli-pdf-written = { $pages ->
    [one] Document enregistré : { $path } ({ $pages } page).
   *[other] Document enregistré : { $path } ({ $pages } pages).
}
