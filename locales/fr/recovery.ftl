# La fiche de récupération (clé de récupération sur papier) et l’écran de récupération.

recovery-sheet-title = Fiche de récupération Escale
recovery-sheet-intro = Cette clé rouvre les données d’Escale si l’ordinateur est remplacé, si le trousseau du système est effacé ou si la phrase secrète est oubliée. Sans elle, personne ne peut récupérer les données : ni vous, ni un informaticien.
recovery-sheet-key-label = Clé de récupération
recovery-sheet-keep = Rangez cette feuille sous clé, loin de l’ordinateur (par exemple dans le coffre de la structure). Ne la photographiez pas et ne l’envoyez pas par e-mail.
recovery-sheet-anyone = Toute personne qui a cette feuille et l’ordinateur peut lire les données.
recovery-sheet-how = Pour vous en servir : au démarrage d’Escale, choisissez « J’ai ma fiche de récupération » et tapez les 14 groupes de 4 caractères. En ligne de commande : escale recover.
recovery-sheet-store = Base { $storeId } · fiche faite le { $date }

recovery-step-title = Votre clé de récupération
recovery-step-intro = Votre base chiffrée est prête. Avant de commencer, imprimez cette fiche ou recopiez la clé à la main. C’est la seule façon de retrouver les données si cet ordinateur tombe en panne ou si la clé est perdue.
recovery-print = Imprimer la fiche
recovery-step-kept-safe = J’ai imprimé ou recopié la clé de récupération, et je la range en lieu sûr.
recovery-step-done = Commencer à utiliser Escale
recovery-title = Rouvrir vos données avec la clé de récupération
recovery-intro = Vos données sont toujours sur cet ordinateur. Tapez la clé de récupération imprimée sur la fiche de récupération : les 14 groupes de 4 caractères, dans l’ordre. Les espaces et les majuscules ne comptent pas.
recovery-key-input = Clé de récupération
recovery-key-help = Par exemple : 7K2M 9QXA HT4R … (14 groupes)
recovery-new-passphrase = Nouvelle phrase secrète
recovery-cancel = Retour
recovery-submit = Rouvrir mes données
