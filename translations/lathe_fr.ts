<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>EqBandText</name>
    <message>
        <source>Bell</source>
        <translation>Cloche</translation>
    </message>
    <message>
        <source>Low Shelf</source>
        <translation>Plateau grave</translation>
    </message>
    <message>
        <source>High Shelf</source>
        <translation>Plateau aigu</translation>
    </message>
    <message>
        <source>Low Cut</source>
        <translation>Coupe-bas</translation>
    </message>
    <message>
        <source>High Cut</source>
        <translation>Coupe-haut</translation>
    </message>
    <message>
        <source>Notch</source>
        <translation>Coupe-bande</translation>
    </message>
    <message>
        <source>Stereo</source>
        <translation>Stéréo</translation>
    </message>
    <message>
        <source>Mid</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côtés</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>%1 kHz</source>
        <translation>%1 kHz</translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation>%1 (désactivée)</translation>
    </message>
    <message>
        <source>%1 dB/oct</source>
        <translation>%1 dB/oct</translation>
    </message>
    <message>
        <source>Q %1</source>
        <translation>Q %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Lathe</source>
        <translation>Lathe</translation>
    </message>
    <message>
        <source>an album that was never saved</source>
        <translation>un album jamais enregistré</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Récupération impossible</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>Lathe did not close normally. Changes to %1, autosaved %2, were never saved.</source>
        <translation>Lathe ne s'est pas fermé normalement. Les modifications de %1, sauvegardées automatiquement le %2, n'ont jamais été enregistrées.</translation>
    </message>
    <message>
        <source>Recover opens them as unsaved changes; the album's own file is untouched until you save.</source>
        <translation>« Récupérer » les ouvre comme modifications non enregistrées ; le fichier de l'album reste intact jusqu'à l'enregistrement.</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Pas maintenant</translation>
    </message>
</context>
<context>
    <name>lathe::ui::AlbumTimelineView</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>lecture…</translation>
    </message>
    <message>
        <source>Fade-in curve</source>
        <translation>Courbe du fondu d’entrée</translation>
    </message>
    <message>
        <source>Fade-out curve</source>
        <translation>Courbe du fondu de sortie</translation>
    </message>
    <message>
        <source>cannot read the source: %1</source>
        <translation>source illisible : %1</translation>
    </message>
</context>
<context>
    <name>lathe::ui::Autosaver</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Échec de la sauvegarde automatique : %1</translation>
    </message>
</context>
<context>
    <name>lathe::ui::CorrelationMeter</name>
    <message>
        <source>Phase correlation: +1 mono, 0 wide, below 0 cancels in mono</source>
        <translation>Corrélation de phase : +1 mono, 0 large, sous 0 s’annule en mono</translation>
    </message>
</context>
<context>
    <name>lathe::ui::EqCurveView</name>
    <message>
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Delete Band</source>
        <translation>Supprimer la bande</translation>
    </message>
</context>
<context>
    <name>lathe::ui::EqPanel</name>
    <message>
        <source>Master EQ</source>
        <translation>Égaliseur du master</translation>
    </message>
    <message>
        <source>Track %1 EQ</source>
        <translation>Égaliseur de la piste %1</translation>
    </message>
    <message>
        <source>mix (A)</source>
        <translation>mix (A)</translation>
    </message>
    <message>
        <source>master (B)</source>
        <translation>master (B)</translation>
    </message>
    <message>
        <source>Minimum phase</source>
        <translation>Phase minimale</translation>
    </message>
    <message>
        <source>Linear phase</source>
        <translation>Phase linéaire</translation>
    </message>
    <message>
        <source>Minimum phase: no latency, the phase turns like an analogue EQ.
Linear phase: no phase shift, with latency and pre-ringing.</source>
        <translation>Phase minimale : aucune latence, la phase tourne comme sur un égaliseur analogique.
Phase linéaire : aucun déphasage, avec latence et pré-oscillations.</translation>
    </message>
    <message>
        <source>Change EQ Phase</source>
        <translation>Changer la phase de l'égaliseur</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>±%1 dB</source>
        <translation>±%1 dB</translation>
    </message>
    <message>
        <source>The gain range the curve shows</source>
        <translation>La plage de gain affichée par la courbe</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Plage</translation>
    </message>
    <message>
        <source> Hz</source>
        <translation> Hz</translation>
    </message>
    <message>
        <source> dB</source>
        <translation> dB</translation>
    </message>
    <message>
        <source>%1 dB/oct</source>
        <translation>%1 dB/oct</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected band (Del)</source>
        <translation>Supprimer la bande sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Gain</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <source>Slope</source>
        <translation>Pente</translation>
    </message>
    <message>
        <source>Double-click the curve to add a band. Drag a node for frequency and gain, turn the wheel over it for Q, right-click for shape and placement.</source>
        <translation>Double-cliquez sur la courbe pour ajouter une bande. Faites glisser un point pour la fréquence et le gain, tournez la molette dessus pour le Q, clic droit pour la forme et le placement.</translation>
    </message>
    <message>
        <source>Band %1</source>
        <translation>Bande %1</translation>
    </message>
    <message>
        <source>No band</source>
        <translation>Aucune bande</translation>
    </message>
    <message>
        <source>Edit EQ Band %1</source>
        <translation>Modifier la bande d'égaliseur %1</translation>
    </message>
    <message>
        <source>Add EQ Band</source>
        <translation>Ajouter une bande d'égaliseur</translation>
    </message>
    <message>
        <source>Delete EQ Band %1</source>
        <translation>Supprimer la bande d'égaliseur %1</translation>
    </message>
</context>
<context>
    <name>lathe::ui::LevelMeter</name>
    <message>
        <source>Peak (bars) and true peak (white marks); click to reset the holds</source>
        <translation>Crête (barres) et true peak (repères blancs) ; cliquer pour remettre les maintiens à zéro</translation>
    </message>
    <message>
        <source>L</source>
        <translation>G</translation>
    </message>
    <message>
        <source>R</source>
        <translation>D</translation>
    </message>
    <message>
        <source>dBTP</source>
        <translation>dBTP</translation>
    </message>
    <message>
        <source>dBFS</source>
        <translation>dBFS</translation>
    </message>
</context>
<context>
    <name>lathe::ui::LoudnessPanel</name>
    <message>
        <source>Momentary</source>
        <translation>Momentanée</translation>
    </message>
    <message>
        <source>LUFS</source>
        <translation>LUFS</translation>
    </message>
    <message>
        <source>Short-term</source>
        <translation>Court terme</translation>
    </message>
    <message>
        <source>Integrated</source>
        <translation>Intégrée</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Plage</translation>
    </message>
    <message>
        <source>LU</source>
        <translation>LU</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>Corrélation</translation>
    </message>
</context>
<context>
    <name>lathe::ui::MainWindow</name>
    <message>
        <source>loudness: unchanged</source>
        <translation>sonie : inchangée</translation>
    </message>
    <message>
        <source>each track to %1 LUFS</source>
        <translation>chaque piste à %1 LUFS</translation>
    </message>
    <message>
        <source>album to %1 LUFS</source>
        <translation>album à %1 LUFS</translation>
    </message>
    <message>
        <source>Lathe</source>
        <translation>Lathe</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Lathe projects (*.lathe)</source>
        <translation>Projets Lathe (*.lathe)</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
    <message>
        <source>The project could not be opened.

%1</source>
        <translation>Le projet n’a pas pu être ouvert.

%1</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Aucun projet ouvert</translation>
    </message>
    <message>
        <source>Open a project with File ▸ Open Project…</source>
        <translation>Ouvrez un projet avec Fichier ▸ Ouvrir un projet…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation>
            <numerusform>%n piste</numerusform>
            <numerusform>%n pistes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <source>UPC/EAN %1</source>
        <translation>UPC/EAN %1</translation>
    </message>
    <message>
        <source>Measuring sources: %1 of %2</source>
        <translation>Mesure des sources : %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>All %n source(s) measured</source>
        <translation>
            <numerusform>La source est mesurée</numerusform>
            <numerusform>Les %n sources sont mesurées</numerusform>
        </translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Loudness</source>
        <translation>Sonie</translation>
    </message>
    <message>
        <source>Spectrum</source>
        <translation>Spectre</translation>
    </message>
    <message>
        <source>Streaming platforms</source>
        <translation>Plateformes de streaming</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Add &amp;Tracks…</source>
        <translation>Ajouter des &amp;pistes…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Transport</source>
        <translation>&amp;Transport</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The album has unsaved changes. Save them?</source>
        <translation>L’album a des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>Impossible d’enregistrer le projet</translation>
    </message>
    <message>
        <source>The project was not saved.

%1</source>
        <translation>Le projet n’a pas été enregistré.

%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Add Tracks</source>
        <translation>Ajouter des pistes</translation>
    </message>
    <message>
        <source>Audio files (%1)</source>
        <translation>Fichiers audio (%1)</translation>
    </message>
    <message>
        <source>%1[*] — Lathe</source>
        <translation>%1[*] — Lathe</translation>
    </message>
    <message>
        <source>DDP: edits snap to CD frames</source>
        <translation>DDP : les modifications s’alignent sur les trames CD</translation>
    </message>
    <message>
        <source>no DDP</source>
        <translation>pas de DDP</translation>
    </message>
    <message>
        <source>  ·  reading waveforms…</source>
        <translation>  ·  lecture des formes d’onde…</translation>
    </message>
    <message>
        <source>  ·  output: %1, %2 Hz</source>
        <translation>  ·  sortie : %1, %2 Hz</translation>
    </message>
    <message>
        <source>  ·  playback unavailable: meters show the sources' analysis at the play head</source>
        <translation>  ·  lecture indisponible : les indicateurs montrent l’analyse des sources à la tête de lecture</translation>
    </message>
    <message>
        <source>Nothing measured yet.</source>
        <translation>Rien n’a encore été mesuré.</translation>
    </message>
    <message>
        <source>Track %1 “%2”: measuring…</source>
        <translation>Piste %1 « %2 » : mesure en cours…</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Mesure en cours…</translation>
    </message>
    <message>
        <source>Track %1 “%2”, measured on the source mix (the master is not rendered yet).</source>
        <translation>Piste %1 « %2 », mesurée sur le mixage source (le master n’est pas encore rendu).</translation>
    </message>
    <message>
        <source>A · source mix at the play head (stopped)</source>
        <translation>A · mixage source à la tête de lecture (arrêté)</translation>
    </message>
    <message>
        <source>B · master (orange) over A · mix (blue)</source>
        <translation>B · master (orange) sur A · mixage (bleu)</translation>
    </message>
    <message>
        <source>Track %1 “%2”: history, integrated and range of the source mix; momentary and short-term live while playing</source>
        <translation>Piste %1 « %2 » : historique, sonie intégrée et plage du mixage source ; momentanée et court terme en direct pendant la lecture</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
</context>
<context>
    <name>lathe::ui::PlatformTargetsPanel</name>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Playback gain</source>
        <translation>Gain de lecture</translation>
    </message>
    <message>
        <source>Heard at</source>
        <translation>Entendu à</translation>
    </message>
    <message>
        <source>TP limit</source>
        <translation>Limite TP</translation>
    </message>
    <message>
        <source>%1 LUFS</source>
        <translation>%1 LUFS</translation>
    </message>
    <message>
        <source>%1 dBTP</source>
        <translation>%1 dBTP</translation>
    </message>
    <message>
        <source>Nothing measured yet.</source>
        <translation>Rien n’a encore été mesuré.</translation>
    </message>
    <message>
        <source>True peak %1 dBTP; %2 allows %3 dBTP</source>
        <translation>True peak %1 dBTP ; %2 autorise %3 dBTP</translation>
    </message>
    <message>
        <source>⚠ TP over limit</source>
        <translation>⚠ TP au-dessus de la limite</translation>
    </message>
    <message>
        <source>turned down</source>
        <translation>baissé</translation>
    </message>
    <message>
        <source>turned up</source>
        <translation>monté</translation>
    </message>
    <message>
        <source>as mastered</source>
        <translation>tel que masterisé</translation>
    </message>
</context>
<context>
    <name>lathe::ui::PlaybackController</name>
    <message>
        <source>Playback unavailable: %1</source>
        <translation>Lecture indisponible : %1</translation>
    </message>
    <message>
        <source>%1: playing on the null device</source>
        <translation>%1 : lecture sur le périphérique nul</translation>
    </message>
</context>
<context>
    <name>lathe::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Audio output</source>
        <translation>Sortie audio</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (non connecté)</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Périphérique :</translation>
    </message>
    <message>
        <source>The album's rate</source>
        <translation>Fréquence de l'album</translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <source>Sample rate:</source>
        <translation>Fréquence d'échantillonnage :</translation>
    </message>
    <message>
        <source>The device's default</source>
        <translation>Valeur par défaut du périphérique</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation><numerusform>%n échantillon</numerusform><numerusform>%n échantillons</numerusform></translation>
    </message>
    <message>
        <source>Buffer size:</source>
        <translation>Taille du tampon :</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Default folder:</source>
        <translation>Dossier par défaut :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The system's language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Interface:</source>
        <translation>Interface :</translation>
    </message>
    <message>
        <source>A new language applies the next time Lathe starts.</source>
        <translation>Une nouvelle langue s'applique au prochain démarrage de Lathe.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Par défaut du système</translation>
    </message>
    <message>
        <source>No audio output (keeps time)</source>
        <translation>Aucune sortie audio (garde le temps)</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>Dossier d'export par défaut</translation>
    </message>
    <message>
        <source>The device chooses its buffer.</source>
        <translation>Le périphérique choisit son tampon.</translation>
    </message>
    <message>
        <source>%1 ms per buffer</source>
        <translation>%1 ms par tampon</translation>
    </message>
    <message>
        <source>%1 ms per buffer at 48 kHz</source>
        <translation>%1 ms par tampon à 48 kHz</translation>
    </message>
</context>
<context>
    <name>lathe::ui::ProjectDocument</name>
    <message>
        <source>Move track</source>
        <translation>Déplacer la piste</translation>
    </message>
    <message numerus="yes">
        <source>Add %n track(s)</source>
        <translation>
            <numerusform>Ajouter %n piste</numerusform>
            <numerusform>Ajouter %n pistes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n track(s)</source>
        <translation>
            <numerusform>Supprimer %n piste</numerusform>
            <numerusform>Supprimer %n pistes</numerusform>
        </translation>
    </message>
    <message>
        <source>Crossfade</source>
        <translation>Fondu enchaîné</translation>
    </message>
    <message>
        <source>Change gap</source>
        <translation>Modifier le silence</translation>
    </message>
    <message>
        <source>Fade in</source>
        <translation>Fondu d’entrée</translation>
    </message>
    <message>
        <source>Fade out</source>
        <translation>Fondu de sortie</translation>
    </message>
    <message>
        <source>Fade curve</source>
        <translation>Courbe de fondu</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Linéaire</translation>
    </message>
    <message>
        <source>Equal power</source>
        <translation>Puissance constante</translation>
    </message>
    <message>
        <source>Logarithmic</source>
        <translation>Logarithmique</translation>
    </message>
    <message>
        <source>Exponential</source>
        <translation>Exponentielle</translation>
    </message>
    <message>
        <source>S-curve</source>
        <translation>Courbe en S</translation>
    </message>
</context>
<context>
    <name>lathe::ui::TrackListModel</name>
    <message>
        <source>crossfade %1 s</source>
        <translation>fondu enchaîné %1 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>measuring…</source>
        <translation>mesure…</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>LUFS</source>
        <translation>LUFS</translation>
    </message>
    <message>
        <source>dBTP</source>
        <translation>dBTP</translation>
    </message>
    <message>
        <source>#</source>
        <translation>n°</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Performer</source>
        <translation>Interprète</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Blanc</translation>
    </message>
    <message>
        <source>ISRC</source>
        <translation>ISRC</translation>
    </message>
    <message>
        <source>Integrated</source>
        <translation>Intégrée</translation>
    </message>
    <message>
        <source>True peak</source>
        <translation>Crête vraie</translation>
    </message>
</context>
<context>
    <name>lathe::ui::TransportBar</name>
    <message>
        <source>A · MIX</source>
        <translation>A · MIXAGE</translation>
    </message>
    <message>
        <source>B · MASTER</source>
        <translation>B · MASTER</translation>
    </message>
    <message>
        <source>Δ · DELTA (B − A)</source>
        <translation>Δ · DELTA (B − A)</translation>
    </message>
    <message>
        <source>To start</source>
        <translation>Au début</translation>
    </message>
    <message>
        <source>Play/Pause</source>
        <translation>Lecture/Pause</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêt</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Boucle</translation>
    </message>
    <message>
        <source>Loop the region dragged in the ruler (L)</source>
        <translation>Boucler la zone tirée dans la règle (L)</translation>
    </message>
    <message>
        <source>A  Mix</source>
        <translation>A  Mixage</translation>
    </message>
    <message>
        <source>B  Master</source>
        <translation>B  Master</translation>
    </message>
    <message>
        <source>Δ  Delta</source>
        <translation>Δ  Delta</translation>
    </message>
    <message>
        <source>Hear the mix, loudness-matched to the master (A)</source>
        <translation>Écouter le mixage, à la même sonie que le master (A)</translation>
    </message>
    <message>
        <source>Hear the master (B)</source>
        <translation>Écouter le master (B)</translation>
    </message>
    <message>
        <source>Hear only what mastering changes: master minus mix (D)</source>
        <translation>N’écouter que ce que le mastering change : master moins mixage (D)</translation>
    </message>
    <message>
        <source>Play head (h:mm:ss.hundredths)</source>
        <translation>Tête de lecture (h:mm:ss.centièmes)</translation>
    </message>
    <message>
        <source>Play head in CD frames (minutes:seconds:frames, 75 frames per second)</source>
        <translation>Tête de lecture en trames CD (minutes:secondes:trames, 75 trames par seconde)</translation>
    </message>
    <message>
        <source>Play/Pause (Space)</source>
        <translation>Lecture/Pause (Espace)</translation>
    </message>
    <message>
        <source>Playback unavailable</source>
        <translation>Lecture indisponible</translation>
    </message>
    <message>
        <source>CD %1</source>
        <translation>CD %1</translation>
    </message>
    <message>
        <source>Hearing %1</source>
        <translation>À l’écoute : %1</translation>
    </message>
</context>
</TS>