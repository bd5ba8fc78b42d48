# Mensagens de erro: error-<código>, em que <código> é o código estável do erro (crates/escale-core/src/error.rs).
# Escritas para a pessoa que usa o Escale: o que está mal e o que fazer.

error-not-found = { $entity ->
        [mediator] Nenhum mediador deste computador tem este identificador (veja a lista de mediadores).
        [place] Este local de atividade não existe ou foi arquivado.
        [partner] Este parceiro não existe ou foi arquivado.
       *[other] Esta ficha não existe ou foi eliminada.
    }
error-wrong-key = A chave ou a frase secreta não corresponde a esta base de dados. Nada foi alterado.
error-not-initialised = Não há nenhuma base de dados do Escale em { $path }. Crie-a primeiro («escale init»).
error-already-initialised = Já existe uma base de dados do Escale em { $path }. Nada foi alterado.
error-passphrase-required = É necessária uma frase secreta para abrir esta base de dados.
error-passphrase-too-short = A frase secreta tem de ter pelo menos { $min } caracteres.
error-keyring-unavailable = O porta-chaves do sistema não responde. Use uma frase secreta em vez dele.
error-key-missing-from-keyring = O porta-chaves do sistema não tem a chave desta base de dados (outra conta ou outro computador?). Use a folha de recuperação.
error-store-locked = A base de dados está bloqueada. Desbloqueie-a para continuar.
error-schema-too-new = Esta base de dados foi criada por uma versão mais recente do Escale. Atualize o Escale.
error-database-busy = A base de dados está a ser usada por outro programa. Tente novamente daqui a pouco.
error-disk-full = O disco está cheio: o que escreveu por último não foi guardado; o que estava antes está intacto. Liberte espaço (reciclagem, transferências) e tente novamente.
error-database-corrupt = O ficheiro da base de dados está danificado (erro do disco ou cópia interrompida). O Escale não escreveu nada nele. Restaure uma cópia de segurança e guarde este ficheiro para um técnico.
error-read-only = O Escale não consegue escrever na pasta dos seus dados (pen USB protegida, disco só de leitura ou permissões insuficientes). Nada foi guardado. Verifique a pasta ou peça ajuda.
error-file-error = Não é possível ler nem escrever o ficheiro { $path }. Verifique o espaço em disco e as permissões.
error-storage-error = Erro da base de dados. Nada foi guardado.
error-key-settings-damaged = O ficheiro das definições da chave está danificado, e a sua cópia também. Os seus dados estão intactos: abra-os com a chave de recuperação.
error-key-settings-missing = As definições da chave desta base de dados desapareceram. Os seus dados estão intactos: abra-os com a chave de recuperação impressa na folha de recuperação.
error-key-settings-too-new = As definições da chave foram escritas por uma versão mais recente do Escale (formato { $format }). Atualize o Escale. Nada foi alterado.
error-wrong-passphrase = Esta não é a frase secreta certa. Nada foi alterado.
error-recovery-key-mistyped = A chave de recuperação tem um erro de escrita. Verifique cada grupo de 4 caracteres.
error-no-randomness = O sistema não forneceu números aleatórios para criar uma chave. Reinicie o computador e tente novamente.
error-pin-not-set = Não foi escolhido nenhum código PIN. Escolha um nas definições de segurança.
error-pin-settings-damaged = Não é possível ler o código PIN guardado. Desbloqueie com a frase secreta ou com a chave de recuperação e depois escolha um código PIN novo.
error-already-erased = A identidade, os dados de contacto e as notas desta pessoa já foram apagados.

# Cópias de segurança
error-not-a-backup = Este ficheiro não é uma cópia de segurança do Escale. Escolha um ficheiro que termine em «.escale-backup». Nada foi alterado.
error-backup-truncated = Esta cópia de segurança está incompleta: a cópia foi interrompida ou a pen USB foi retirada cedo demais. Use outra cópia de segurança. Os seus dados atuais não foram alterados.
error-backup-damaged = Esta cópia de segurança está danificada ou foi alterada depois de ser feita: o Escale recusa-se a usá-la. Use outra cópia de segurança. Os seus dados atuais não foram alterados.
error-backup-too-new = Esta cópia de segurança foi feita por uma versão mais recente do Escale. Atualize o Escale e tente novamente. Nada foi alterado.
error-backup-wrong-secret = Esta chave de recuperação ou esta frase secreta não abre esta cópia de segurança. Verifique-a: tem de ser a que a base de dados tinha no momento da cópia. Nada foi alterado.
error-backup-needs-recovery-key = Esta cópia de segurança abre-se com a chave de recuperação (impressa na folha de recuperação), não com uma frase secreta. Nada foi alterado.
error-backup-cancelled = Cópia de segurança cancelada. Não ficou nenhum ficheiro de cópia.
error-work-cancelled = Cancelado: nada foi alterado.
error-restore-over-existing-data = Já existe uma base de dados do Escale em { $path }. Para a substituir pela cópia de segurança, peça-o de forma explícita: a base de dados atual será posta de lado nessa pasta, nunca eliminada. Nada foi alterado.
error-restore-interrupted = O restauro parou a meio. Os seus dados anteriores estão intactos na pasta { $path }. Não elimine nada e peça ajuda.

error-name-required = Indique um nome próprio ou um nome de família.
error-birth-year-out-of-range = O ano de nascimento tem de estar entre 1900 e { $max }.
error-insee-code-invalid = O código INSEE do município tem de ter 5 caracteres.
error-postal-code-invalid = O código postal tem de ter 5 algarismos.
error-commune-unknown = Nenhum município tem o código INSEE { $code }. Escolha o município na lista.
error-postal-code-not-of-commune = O código postal { $postalCode } não é o deste município. Escolha o município na lista.
error-email-invalid = O endereço de e-mail não é válido.
error-phone-invalid = O número de telefone não é válido.
error-language-invalid = Código de língua desconhecido: { $code }.
error-unknown-code = Valor desconhecido «{ $code }» para o campo { $field }.
error-too-long = Este texto é demasiado longo ({ $max } caracteres no máximo).
error-not-in-latin-letters = Escreva este nome em letras latinas, como nos documentos franceses.
error-theme-required = Escolha pelo menos um tema.
error-administrative-theme-without-procedure-help = Os temas administrativos vão com «Ajuda com processos administrativos»: marque também esse tema.
error-procedure-name-without-procedure-help = O nome do processo vai com o tema «Ajuda com processos administrativos».
error-place-required = Escolha o local de atividade.
error-commune-required = Indique o município onde o acompanhamento teve lugar.
error-duration-out-of-range = A duração tem de estar entre 1 minuto e 24 horas.
error-date-in-future = A data não pode ser no futuro.
error-individual-needs-one-beneficiary = Um acompanhamento individual diz respeito a uma só pessoa, exatamente.
error-workshop-needs-participants = Uma sessão de grupo tem pelo menos um participante com ficha ou um número de participantes anónimos.
error-anonymous-count-exceeds-total = { $group ->
    [alreadyAccompanied] Há mais participantes já acompanhados antes do que participantes anónimos no total.
    [gender] A divisão por género ultrapassa o total de participantes anónimos.
    [ageBand] A divisão por faixa etária ultrapassa o total de participantes anónimos.
    [socialStatus] A divisão por situação ultrapassa o total de participantes anónimos.
   *[other] As divisões dos participantes anónimos ultrapassam o seu total.
}
error-anonymous-total-too-large = Uma sessão de grupo tem no máximo { $max } participantes anónimos.
error-field-not-applicable = Este campo não se aplica a este tipo de atividade.
error-duplicate-participant = Esta pessoa aparece duas vezes entre os participantes.
error-status-unchanged = O processo já tem este estado.
error-date-invalid = Esta data não é válida.
error-pin-invalid = O código PIN tem de 4 a 12 algarismos.
error-idle-minutes-out-of-range = O tempo até ao bloqueio vai de 1 a { $max } minutos.
error-consent-purpose-required = Escolha pelo menos uma finalidade com que a pessoa concorda.
error-withdrawal-before-consent = A retirada não pode ter uma data anterior ao consentimento.
error-consent-already-withdrawn = Este consentimento já foi retirado.
error-retention-out-of-range = O prazo de conservação tem de estar entre { $min } e { $max } meses.
error-mediator-not-chosen = Vários mediadores guardam os seus dados neste computador. Escolha o seu.
error-keyring-shared-by-mediators = Vários mediadores usam este computador: cada um protege os seus dados com a sua própria frase secreta. O porta-chaves do sistema já não chega, porque qualquer pessoa que use esta sessão do computador o pode ler.
error-mediator-name-required = Indique o nome do mediador ou da mediadora.
error-control-characters = Este campo tem caracteres invisíveis que não podem ser guardados. Escreva o texto outra vez.
error-status-transition-not-allowed = O processo não pode passar diretamente do estado atual para este.
error-procedure-closed = Este processo está fechado: para mudar o estado, reabra-o com uma nota que diga porquê.
error-procedure-not-closed = Só um processo fechado (aprovado, recusado ou abandonado) pode ser reaberto.
error-reopen-note-required = Escreva numa nota porque é que o processo é reaberto.
error-date-before-previous-step = Esta etapa não pode ter uma data anterior à da etapa anterior ({ $date }).
error-no-recurrence-due = Este processo não tem nenhuma declaração nem renovação por fazer.
error-activity-not-of-this-person = Este acompanhamento não é da pessoa do processo.
error-catalogue-label-required = Dê um nome ao processo.
error-theme-not-administrative = Escolha um tema administrativo.
error-delay-out-of-range = O prazo habitual vai de 1 a { $max } dias.
error-entity-name-required = { $entity ->
        [structure] Indique o nome da organização.
        [place] Indique o nome do local de atividade.
       *[partner] Indique o nome do parceiro.
    }
error-siret-invalid = Um número SIRET tem 14 algarismos (são permitidos espaços entre os grupos).
error-siret-mistyped = Este número SIRET não existe: deve haver um algarismo mal copiado. Verifique-o num documento da organização (avis de situation do Insee, recibo de salário, fatura).
error-stored-value-unreadable = Um dado guardado não pode ser lido ({ $entity } { $id }): está danificado ou foi escrito por uma versão mais recente do Escale.

# Guardar um ficheiro (um documento impresso) na pasta escolhida.
error-save-folder-not-writable = Não é possível guardar na pasta { $path }: não existe, está protegida contra escrita (pen USB bloqueada) ou não lhe pertence. Nada foi guardado. Escolha outra pasta.
error-save-disk-full = Já não há espaço no disco ou na pen USB da pasta { $path }: o ficheiro não foi guardado e não ficou lá nada. Liberte espaço ou escolha outra pasta.
error-document-not-rendered = O Escale não conseguiu criar este documento (erro interno). Nada foi guardado. Tente novamente ou comunique o problema.

# Erros que não vêm do núcleo.
error-unexpected = Ocorreu um erro inesperado. Nada foi guardado.
error-command-failed = A operação parou de forma inesperada. Nada foi guardado. Tente novamente.
error-merge-with-itself = Não é possível juntar uma ficha com ela própria. Escolha outra ficha.
error-value-not-understood = { $fieldId ->
    [gender] Género não reconhecido: escreva F, M ou N (feminino, masculino, não comunicado).
    [birthYear] Ano de nascimento não reconhecido: escreva um ano com quatro algarismos (1970) ou uma data (12/03/1970).
   *[other] Valor não reconhecido.
}
