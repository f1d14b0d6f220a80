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
        <translation>Coupe-bande étroit</translation>
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
    <name>ModulePanelFactory</name>
    <message>
        <source>Gain</source>
        <translation>Gain</translation>
    </message>
    <message>
        <source>EQ</source>
        <translation>ÉQ</translation>
    </message>
    <message>
        <source>Compressor</source>
        <translation>Compresseur</translation>
    </message>
    <message>
        <source>Multiband</source>
        <translation>Multibande</translation>
    </message>
    <message>
        <source>Stereo</source>
        <translation>Stéréo</translation>
    </message>
    <message>
        <source>Declick</source>
        <translation>Déclic</translation>
    </message>
    <message>
        <source>Limiter</source>
        <translation>Limiteur</translation>
    </message>
    <message numerus="yes">
        <source>%n band(s)</source>
        <translation><numerusform>%n bande</numerusform><numerusform>%n bandes</numerusform></translation>
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
    <name>lathe::ui::ChainEditor</name>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Add a module after the selected one</source>
        <translation>Ajouter un module après celui sélectionné</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Remove the selected module</source>
        <translation>Supprimer le module sélectionné</translation>
    </message>
    <message>
        <source>▲</source>
        <translation>▲</translation>
    </message>
    <message>
        <source>Move the selected module earlier in the chain</source>
        <translation>Avancer le module sélectionné dans la chaîne</translation>
    </message>
    <message>
        <source>▼</source>
        <translation>▼</translation>
    </message>
    <message>
        <source>Move the selected module later in the chain</source>
        <translation>Reculer le module sélectionné dans la chaîne</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Égaliser</translation>
    </message>
    <message>
        <source>Level-matched bypass: a module you bypass keeps its loudness on the monitor, so you hear what it does to the sound, not how much louder it makes it</source>
        <translation>Contournement à niveau égal : un module contourné garde sa sonie à l'écoute, pour entendre ce qu'il fait au son et non de combien il le rend plus fort</translation>
    </message>
    <message>
        <source>The chain to edit: the master's, or a track's (follows the selected track)</source>
        <translation>La chaîne à modifier : celle du master ou d'une piste (suit la piste sélectionnée)</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message>
        <source>Activate %1</source>
        <translation>Activer %1</translation>
    </message>
    <message>
        <source>Bypass %1</source>
        <translation>Contourner %1</translation>
    </message>
    <message>
        <source>Master chain</source>
        <translation>Chaîne master</translation>
    </message>
    <message>
        <source>Track %1</source>
        <translation>Piste %1</translation>
    </message>
    <message>
        <source>Track %1: %2</source>
        <translation>Piste %1 : %2</translation>
    </message>
    <message>
        <source>Empty chain</source>
        <translation>Chaîne vide</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>bypassed</source>
        <translation>contourné</translation>
    </message>
    <message>
        <source>Bypass a module to hear it level-matched.</source>
        <translation>Contournez un module pour l'entendre à niveau égal.</translation>
    </message>
    <message>
        <source>Bypass made up by %1 dB on the monitor</source>
        <translation>Contournement compensé de %1 dB à l'écoute</translation>
    </message>
    <message>
        <source>Measuring the bypassed level…</source>
        <translation>Mesure du niveau contourné…</translation>
    </message>
</context>
<context>
    <name>lathe::ui::CompressorControls</name>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Attack</source>
        <translation>Attaque</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Relâchement</translation>
    </message>
    <message>
        <source>Knee</source>
        <translation>Coude</translation>
    </message>
    <message>
        <source>Makeup</source>
        <translation>Gain de compensation</translation>
    </message>
    <message>
        <source>Stereo link</source>
        <translation>Couplage stéréo</translation>
    </message>
    <message>
        <source>SC HPF</source>
        <translation>PH side-chain</translation>
    </message>
    <message>
        <source>RMS</source>
        <translation>RMS</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Crête</translation>
    </message>
    <message>
        <source>What the compressor reacts to: the RMS level (smooth, musical) or the peak level (fast, catches transients)</source>
        <translation>Ce à quoi réagit le compresseur : le niveau RMS (doux, musical) ou le niveau crête (rapide, saisit les transitoires)</translation>
    </message>
    <message>
        <source>Detector</source>
        <translation>Détecteur</translation>
    </message>
    <message>
        <source>Set detector</source>
        <translation>Régler le détecteur</translation>
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
    <name>lathe::ui::CrossoverView</name>
    <message>
        <source>Drag a crossover to move it (Shift: fine); click a band to edit it</source>
        <translation>Glissez une fréquence de coupure pour la déplacer (Maj : fin) ; cliquez sur une bande pour la modifier</translation>
    </message>
</context>
<context>
    <name>lathe::ui::DdpExportPage</name>
    <message>
        <source>Album title</source>
        <translation>Titre de l’album</translation>
    </message>
    <message>
        <source>Performer</source>
        <translation>Interprète</translation>
    </message>
    <message>
        <source>Songwriter</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>Compositeur</translation>
    </message>
    <message>
        <source>Arranger</source>
        <translation>Arrangeur</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Catalogue (UPC/EAN)</source>
        <translation>Catalogue (UPC/EAN)</translation>
    </message>
    <message>
        <source>Disc</source>
        <translation>Disque</translation>
    </message>
    <message>
        <source>12 or 13 digits, optional</source>
        <translation>12 ou 13 chiffres, facultatif</translation>
    </message>
    <message>
        <source>CD-Text</source>
        <translation>CD-Text</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Pistes</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>ISRC</source>
        <translation>ISRC</translation>
    </message>
    <message>
        <source>Pregap (s)</source>
        <translation>Pré-gap (s)</translation>
    </message>
    <message>
        <source>ISRC: CC-XXX-YY-NNNNN (hyphens optional). Track 1 needs a pregap of at least 2 s on CD; every track lasts at least 4 s.</source>
        <translation>ISRC : CC-XXX-YY-NNNNN (tirets facultatifs). Sur CD, la piste 1 exige un pré-gap d’au moins 2 s ; chaque piste dure au moins 4 s.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>none: the disc has no MCN</source>
        <translation>aucun : le disque n’aura pas de MCN</translation>
    </message>
    <message>
        <source>valid UPC-A</source>
        <translation>UPC-A valide</translation>
    </message>
    <message>
        <source>valid EAN-13</source>
        <translation>EAN-13 valide</translation>
    </message>
    <message>
        <source>Written to the disc (CDTEXT.BIN) from the texts above and the track titles and performers.</source>
        <translation>Écrit sur le disque (CDTEXT.BIN) à partir des textes ci-dessus et des titres et interprètes des pistes.</translation>
    </message>
    <message>
        <source>Not written: no album or track text is set.</source>
        <translation>Non écrit : aucun texte d’album ou de piste n’est défini.</translation>
    </message>
    <message>
        <source>Crossfaded into the previous track: no pregap</source>
        <translation>En fondu enchaîné avec la piste précédente : pas de pré-gap</translation>
    </message>
    <message>
        <source>Edit track title</source>
        <translation>Modifier le titre de la piste</translation>
    </message>
    <message>
        <source>Edit track performer</source>
        <translation>Modifier l’interprète de la piste</translation>
    </message>
    <message>
        <source>Edit ISRC</source>
        <translation>Modifier l’ISRC</translation>
    </message>
    <message>
        <source>Change gap</source>
        <translation>Modifier le blanc</translation>
    </message>
</context>
<context>
    <name>lathe::ui::DeclickPanel</name>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
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
    <name>lathe::ui::ExportDialog</name>
    <message>
        <source>Checking the project…</source>
        <translation>Vérification du projet…</translation>
    </message>
    <message>
        <source>Rendering the tracks through their chains…</source>
        <translation>Rendu des pistes à travers leurs chaînes…</translation>
    </message>
    <message>
        <source>Placing the tracks on the album…</source>
        <translation>Placement des pistes sur l’album…</translation>
    </message>
    <message>
        <source>Mastering the album…</source>
        <translation>Mastering de l’album…</translation>
    </message>
    <message>
        <source>Writing and verifying the DDP image…</source>
        <translation>Écriture et vérification de l’image DDP…</translation>
    </message>
    <message>
        <source>Writing the WAV files…</source>
        <translation>Écriture des fichiers WAV…</translation>
    </message>
    <message>
        <source>Encoding and checking the MP3 files…</source>
        <translation>Encodage et vérification des fichiers MP3…</translation>
    </message>
    <message>
        <source>Measuring the files and writing the report…</source>
        <translation>Mesure des fichiers et écriture du rapport…</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Open Report</source>
        <translation>Ouvrir le rapport</translation>
    </message>
    <message>
        <source>Back to Settings</source>
        <translation>Retour aux réglages</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export Release</source>
        <translation>Exporter la sortie</translation>
    </message>
    <message>
        <source>CD master (DDP 2.00)</source>
        <translation>Master CD (DDP 2.00)</translation>
    </message>
    <message>
        <source>WAV masters</source>
        <translation>Masters WAV</translation>
    </message>
    <message>
        <source>MP3</source>
        <translation>MP3</translation>
    </message>
    <message>
        <source>Render:</source>
        <translation>Rendre :</translation>
    </message>
    <message>
        <source>Enable %1 export</source>
        <translation>Activer l’export %1</translation>
    </message>
    <message>
        <source>Disable %1 export</source>
        <translation>Désactiver l’export %1</translation>
    </message>
    <message>
        <source>CD / DDP</source>
        <translation>CD / DDP</translation>
    </message>
    <message>
        <source>WAV</source>
        <translation>WAV</translation>
    </message>
    <message>
        <source>Release check</source>
        <translation>Contrôle de la sortie</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Piste</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Double-click a track's problem to show the track.</source>
        <translation>Double-cliquez sur le problème d’une piste pour afficher la piste.</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <source>The release folder: DDP/, WAV/, MP3/, report.json and report.html. An earlier release in it is replaced when the new one is complete.</source>
        <translation>Le dossier de la sortie : DDP/, WAV/, MP3/, report.json et report.html. Une sortie antérieure y est remplacée lorsque la nouvelle est complète.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Folder for the release</source>
        <translation>Dossier pour la sortie</translation>
    </message>
    <message>
        <source>Untitled album</source>
        <translation>Album sans titre</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation><numerusform>%n piste</numerusform><numerusform>%n pistes</numerusform></translation>
    </message>
    <message>
        <source>%1 kHz</source>
        <translation>%1 kHz</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>Album</translation>
    </message>
    <message>
        <source>Ready: the project and the Red Book rules for the CD are met.</source>
        <translation>Prêt : le projet et les règles du Red Book pour le CD sont respectés.</translation>
    </message>
    <message>
        <source>Ready: the project is complete.</source>
        <translation>Prêt : le projet est complet.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before the release can be rendered:</source>
        <translation><numerusform>%n problème à corriger avant de pouvoir rendre la sortie :</numerusform><numerusform>%n problèmes à corriger avant de pouvoir rendre la sortie :</numerusform></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Folder not empty</source>
        <translation>Dossier non vide</translation>
    </message>
    <message>
        <source>%1 already holds files that are not a Lathe release.</source>
        <translation>%1 contient déjà des fichiers qui ne sont pas une sortie Lathe.</translation>
    </message>
    <message>
        <source>The render replaces its output folder as a whole. Choose an empty or new folder.</source>
        <translation>Le rendu remplace son dossier de sortie en entier. Choisissez un dossier vide ou nouveau.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Annulé : rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The release was not written.</source>
        <translation>La sortie n’a pas été écrite.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>The release could not be rendered.</source>
        <translation>La sortie n’a pas pu être rendue.</translation>
    </message>
    <message>
        <source>The release could not be rendered: %1</source>
        <translation>La sortie n’a pas pu être rendue : %1</translation>
    </message>
</context>
<context>
    <name>lathe::ui::ExportSummary</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Integrated (LUFS)</source>
        <translation>Intégrée (LUFS)</translation>
    </message>
    <message>
        <source>True peak (dBTP)</source>
        <translation>Crête vraie (dBTP)</translation>
    </message>
    <message>
        <source>LRA (LU)</source>
        <translation>LRA (LU)</translation>
    </message>
    <message>
        <source>MP3 true peak (dBTP)</source>
        <translation>Crête vraie MP3 (dBTP)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>MD5</source>
        <translation>MD5</translation>
    </message>
    <message>
        <source>Loudness of the delivered files</source>
        <translation>Sonie des fichiers livrés</translation>
    </message>
    <message>
        <source>Files written</source>
        <translation>Fichiers écrits</translation>
    </message>
    <message numerus="yes">
        <source>Release written: %n file(s)</source>
        <translation><numerusform>Sortie écrite : %n fichier</numerusform><numerusform>Sortie écrite : %n fichiers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>DDP image read back by the independent reader: %n track(s)</source>
        <translation><numerusform>Image DDP relue par le lecteur indépendant : %n piste</numerusform><numerusform>Image DDP relue par le lecteur indépendant : %n pistes</numerusform></translation>
    </message>
    <message>
        <source>, checksums match (DDP/checksum.md5).</source>
        <translation>, les sommes de contrôle concordent (DDP/checksum.md5).</translation>
    </message>
    <message>
        <source>, checksums do NOT match.</source>
        <translation>, les sommes de contrôle ne concordent PAS.</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>Album</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
</context>
<context>
    <name>lathe::ui::GainPanel</name>
    <message>
        <source>Gain</source>
        <translation>Gain</translation>
    </message>
</context>
<context>
    <name>lathe::ui::GainReductionMeter</name>
    <message>
        <source>Gain reduction</source>
        <translation>Réduction de gain</translation>
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
    <name>lathe::ui::LimiterPanel</name>
    <message>
        <source>Input gain</source>
        <translation>Gain d'entrée</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>Plafond</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Relâchement</translation>
    </message>
    <message>
        <source>Lookahead</source>
        <translation>Anticipation</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Aucune cible</translation>
    </message>
    <message>
        <source>A streaming service's loudness target: sets the ceiling it asks for and shows the loudness to aim at</source>
        <translation>Cible de sonie d'un service de streaming : règle le plafond demandé et affiche la sonie à viser</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Gain reduction</source>
        <translation>Réduction de gain</translation>
    </message>
    <message>
        <source>The engine meters the master chain's last active limiter; this one is not it.</source>
        <translation>Le moteur mesure le dernier limiteur actif de la chaîne master ; ce n'est pas celui-ci.</translation>
    </message>
    <message>
        <source>Ceiling for %1</source>
        <translation>Plafond pour %1</translation>
    </message>
    <message>
        <source>Aim for %1 LUFS integrated, ceiling %2 dBTP</source>
        <translation>Viser %1 LUFS intégrés, plafond %2 dBTP</translation>
    </message>
    <message>
        <source>Short-term now %1 LUFS (%2 LU)</source>
        <translation>Court terme actuel %1 LUFS (%2 LU)</translation>
    </message>
    <message>
        <source>Short-term now %1 LUFS</source>
        <translation>Court terme actuel %1 LUFS</translation>
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
        <translation><numerusform>%n piste</numerusform><numerusform>%n pistes</numerusform></translation>
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
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chaîne</translation>
    </message>
</context>
<context>
    <name>lathe::ui::ModuleListView</name>
    <message>
        <source>bypassed, level matched</source>
        <translation>contourné, niveau égalisé</translation>
    </message>
    <message>
        <source>bypassed</source>
        <translation>contourné</translation>
    </message>
    <message>
        <source>Signal flows top to bottom. Tick to switch a module on, untick to bypass it; drag to reorder; Delete removes</source>
        <translation>Le signal va de haut en bas. Cochez pour activer un module, décochez pour le contourner ; glissez pour réordonner ; Suppr supprime</translation>
    </message>
    <message>
        <source>No modules. Add one with +.</source>
        <translation>Aucun module. Ajoutez-en un avec +.</translation>
    </message>
</context>
<context>
    <name>lathe::ui::Mp3ExportPage</name>
    <message>
        <source>Constant bitrate (CBR)</source>
        <translation>Débit constant (CBR)</translation>
    </message>
    <message>
        <source>Variable bitrate (VBR)</source>
        <translation>Débit variable (VBR)</translation>
    </message>
    <message>
        <source>%1 kbps</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <source>highest quality (about 245 kbps)</source>
        <translation>qualité maximale (environ 245 kbit/s)</translation>
    </message>
    <message>
        <source>smallest files (about 65 kbps)</source>
        <translation>fichiers les plus petits (environ 65 kbit/s)</translation>
    </message>
    <message>
        <source>Encoding (LAME)</source>
        <translation>Encodage (LAME)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Bitrate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>VBR quality</source>
        <translation>Qualité VBR</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>Fréquence d’échantillonnage</translation>
    </message>
    <message>
        <source>Release checks and tags</source>
        <translation>Contrôles de sortie et tags</translation>
    </message>
    <message>
        <source>ID3v2.4 tags written to every file: title, artist, album, album artist, track n/N, date, genre, ISRC and ReplayGain 2.0 track gain and peak (measured on the decoded file). Files are gapless (LAME info tag).</source>
        <translation>Tags ID3v2.4 écrits dans chaque fichier : titre, artiste, album, artiste de l’album, piste n/N, date, genre, ISRC et gain et crête de piste ReplayGain 2.0 (mesurés sur le fichier décodé). Les fichiers sont sans blanc (tag d’info LAME).</translation>
    </message>
    <message>
        <source>MP3 mode</source>
        <translation>Mode MP3</translation>
    </message>
    <message>
        <source>MP3 bitrate</source>
        <translation>Débit MP3</translation>
    </message>
    <message>
        <source>MP3 VBR quality</source>
        <translation>Qualité VBR MP3</translation>
    </message>
    <message>
        <source>%1 kHz, stereo</source>
        <translation>%1 kHz, stéréo</translation>
    </message>
    <message>
        <source>True-peak ceiling %1 dBTP (the master limiter's): each file is decoded again and, where decoding overshoots it, encoded again with less gain.</source>
        <translation>Plafond de crête vraie %1 dBTP (celui du limiteur du master) : chaque fichier est redécodé et, là où le décodage le dépasse, réencodé avec moins de gain.</translation>
    </message>
    <message>
        <source>Files are named by the renderer: MP3/%1 … (the project format has no naming pattern).</source>
        <translation>Les fichiers sont nommés par le moteur de rendu : MP3/%1 … (le format de projet n’a pas de modèle de nom).</translation>
    </message>
</context>
<context>
    <name>lathe::ui::MultibandPanel</name>
    <message>
        <source>+ Crossover</source>
        <translation>+ Fréquence de coupure</translation>
    </message>
    <message>
        <source>− Crossover</source>
        <translation>− Fréquence de coupure</translation>
    </message>
    <message>
        <source>Linear phase</source>
        <translation>Phase linéaire</translation>
    </message>
    <message>
        <source>Split the selected band in two at its centre</source>
        <translation>Scinder la bande sélectionnée en deux en son centre</translation>
    </message>
    <message>
        <source>Merge the selected band with the band above it (the top band: with the one below)</source>
        <translation>Fusionner la bande sélectionnée avec celle du dessus (la plus haute : avec celle du dessous)</translation>
    </message>
    <message>
        <source>FIR crossovers: no phase shift between bands, at the cost of latency</source>
        <translation>Filtres de coupure FIR : aucun déphasage entre bandes, au prix d'une latence</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Solo: hear only the soloed bands</source>
        <translation>Solo : n'entendre que les bandes en solo</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Bypass this band's compressor</source>
        <translation>Contourner le compresseur de cette bande</translation>
    </message>
    <message>
        <source>Solo band</source>
        <translation>Bande en solo</translation>
    </message>
    <message>
        <source>Bypass band</source>
        <translation>Contourner la bande</translation>
    </message>
    <message>
        <source>Set linear phase</source>
        <translation>Régler la phase linéaire</translation>
    </message>
    <message>
        <source>Move crossover</source>
        <translation>Déplacer la fréquence de coupure</translation>
    </message>
    <message>
        <source>Add crossover</source>
        <translation>Ajouter une fréquence de coupure</translation>
    </message>
    <message>
        <source>Remove crossover</source>
        <translation>Supprimer une fréquence de coupure</translation>
    </message>
    <message>
        <source>Band %1: %2</source>
        <translation>Bande %1 : %2</translation>
    </message>
</context>
<context>
    <name>lathe::ui::ParameterControl</name>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>%1 — drag or scroll to change (Shift: fine), double-click for the default (%2), or type a value</source>
        <translation>%1 — glisser ou faire défiler pour modifier (Maj : fin), double-clic pour la valeur par défaut (%2), ou saisir une valeur</translation>
    </message>
</context>
<context>
    <name>lathe::ui::ParameterPanel</name>
    <message>
        <source>Set %1</source>
        <translation>Régler %1</translation>
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
        <translation>Exporter</translation>
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
        <translation>Modifier le blanc</translation>
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
    <name>lathe::ui::ReductionHistory</name>
    <message>
        <source>Gain reduction over the last %1 seconds</source>
        <translation>Réduction de gain des %1 dernières secondes</translation>
    </message>
</context>
<context>
    <name>lathe::ui::StereoPanel</name>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Mono below</source>
        <translation>Mono sous</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
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
        <translation>#</translation>
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
    <name>lathe::ui::TransferCurveView</name>
    <message>
        <source>Output level over input level: the compressor's static curve</source>
        <translation>Niveau de sortie en fonction du niveau d'entrée : la courbe statique du compresseur</translation>
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
<context>
    <name>lathe::ui::WavExportPage</name>
    <message>
        <source>One file per track</source>
        <translation>Un fichier par piste</translation>
    </message>
    <message>
        <source>One album file with a cue sheet</source>
        <translation>Un fichier d’album avec une feuille cue</translation>
    </message>
    <message>
        <source>16-bit integer</source>
        <translation>Entier 16 bits</translation>
    </message>
    <message>
        <source>24-bit integer</source>
        <translation>Entier 24 bits</translation>
    </message>
    <message>
        <source>32-bit float</source>
        <translation>Flottant 32 bits</translation>
    </message>
    <message>
        <source>None (truncate)</source>
        <translation>Aucun (troncature)</translation>
    </message>
    <message>
        <source>TPDF</source>
        <translation>TPDF</translation>
    </message>
    <message>
        <source>Noise-shaped</source>
        <translation>Mise en forme du bruit</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Word length</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>Fréquence d’échantillonnage</translation>
    </message>
    <message>
        <source>Dither</source>
        <translation>Dither</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>WAV word length</source>
        <translation>Résolution WAV</translation>
    </message>
    <message>
        <source>WAV sample rate</source>
        <translation>Fréquence d’échantillonnage WAV</translation>
    </message>
    <message>
        <source>WAV dither</source>
        <translation>Dither WAV</translation>
    </message>
    <message>
        <source>WAV files</source>
        <translation>Fichiers WAV</translation>
    </message>
    <message>
        <source>Album rate (%1)</source>
        <translation>Fréquence de l’album (%1)</translation>
    </message>
    <message>
        <source>32-bit float keeps every sample as it is: no dither.</source>
        <translation>Le flottant 32 bits garde chaque échantillon tel quel : pas de dither.</translation>
    </message>
    <message>
        <source>Digital silence (pregaps, gaps) stays exact zeros. Noise-shaped dither moves the noise where the ear is least sensitive.</source>
        <translation>Le silence numérique (pré-gaps, blancs) reste exactement à zéro. Le dither à mise en forme déplace le bruit là où l’oreille est la moins sensible.</translation>
    </message>
    <message>
        <source>Files are named by the renderer: %1. The project format has no naming pattern; titles are made safe for every file system.</source>
        <translation>Les fichiers sont nommés par le moteur de rendu : %1. Le format de projet n’a pas de modèle de nom ; les titres sont rendus sûrs pour tout système de fichiers.</translation>
    </message>
</context>
</TS>