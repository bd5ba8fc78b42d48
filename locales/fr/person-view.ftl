# L’écran tourné vers la personne : ses prochaines étapes dans sa langue, et la lecture à voix haute.
# Écrire simple : phrases courtes, mots courants.

## Sur la fiche de la personne (langue du médiateur)
person-view-open = Tourner l’écran vers la personne
person-view-open-title = Montrer à la personne, dans sa langue, seulement ce qui la concerne ({ $shortcut })
shortcut-person-view = Ctrl+Maj+P
person-view-needs-pin = Pour tourner l’écran vers la personne, choisissez d’abord un code PIN : il sera demandé pour revenir à vos écrans.
person-view-pin-save = Choisir ce code PIN et tourner l’écran
person-view-pin-cancel = Annuler

## L’écran de la personne (dans sa langue)
person-view-title = Vos prochaines étapes
person-view-title-named = { $name }, voici vos prochaines étapes
person-view-next-steps = Ce qu’il faut faire
person-view-next-steps-none = Rien à faire pour le moment.
person-view-written-on = Noté le { $date }
person-view-procedures = Vos démarches en cours
person-view-procedures-none = Aucune démarche en cours.
person-view-status = Où en est la démarche : { $status }
person-view-reference = Numéro de dossier : { $reference }
person-view-deadline = À faire avant le { $date }
person-view-documents-missing = { $count ->
    [one] Il manque un document :
   *[other] Il manque { $count } documents :
}
person-view-documents-complete = Tous les documents sont là.
person-view-dates = Vos prochaines dates
person-view-dates-none = Aucune date prévue pour le moment.
person-view-date-deadline = dernier jour pour « { $procedure } »
person-view-date-renewal = renouveler « { $procedure } »
person-view-date-declaration = faire la déclaration « { $procedure } »
person-view-date-call_back = votre médiateur vous appelle pour « { $procedure } »
person-view-read-aloud = Écouter
person-view-stop-reading = Arrêter la lecture
person-view-no-voice = Pas de voix en { $language } sur cet ordinateur

## Rendre l’écran au médiateur (langue du médiateur)
person-view-back = Rendre l’écran au médiateur
person-view-back-explained = Réservé au médiateur : votre code est demandé pour revenir.
person-view-back-submit = Revenir à mes écrans
person-view-back-cancel = Annuler

## Ligne de commande
cli-about-escale-person-view = Affiche ce que l’écran tourné vers la personne lui montre, dans sa langue : ses prochaines étapes, ses démarches en cours et les documents qui manquent, ses prochaines dates.
cli-arg-escale-person-view-id = Identifiant de la personne.
cli-arg-escale-person-view-json = Résultat en JSON.

## Erreurs de la lecture à voix haute
error-reading-unavailable = Le moteur de lecture à voix haute (espeak-ng) n’est pas installé sur cet ordinateur.
error-reading-no-voice = Pas de voix pour cette langue sur cet ordinateur.
error-reading-failed = La lecture à voix haute n’a pas marché (pas de sortie son ?).
