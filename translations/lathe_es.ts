<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>EqBandText</name>
    <message>
        <source>Bell</source>
        <translation>Campana</translation>
    </message>
    <message>
        <source>Low Shelf</source>
        <translation>Shelving de graves</translation>
    </message>
    <message>
        <source>High Shelf</source>
        <translation>Shelving de agudos</translation>
    </message>
    <message>
        <source>Low Cut</source>
        <translation>Corte de graves</translation>
    </message>
    <message>
        <source>High Cut</source>
        <translation>Corte de agudos</translation>
    </message>
    <message>
        <source>Notch</source>
        <translation>Muesca</translation>
    </message>
    <message>
        <source>Stereo</source>
        <translation>Estéreo</translation>
    </message>
    <message>
        <source>Mid</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lateral</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
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
        <translation>%1 (desactivada)</translation>
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
        <translation>Ganancia</translation>
    </message>
    <message>
        <source>EQ</source>
        <translation>EQ</translation>
    </message>
    <message>
        <source>Compressor</source>
        <translation>Compresor</translation>
    </message>
    <message>
        <source>Multiband</source>
        <translation>Multibanda</translation>
    </message>
    <message>
        <source>Stereo</source>
        <translation>Estéreo</translation>
    </message>
    <message>
        <source>Declick</source>
        <translation>Eliminador de clics</translation>
    </message>
    <message>
        <source>Limiter</source>
        <translation>Limitador</translation>
    </message>
    <message numerus="yes">
        <source>%n band(s)</source>
        <translation><numerusform>%n banda</numerusform><numerusform>%n bandas</numerusform></translation>
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
        <translation>un álbum que nunca se guardó</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>No se puede recuperar</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Recuperar trabajo sin guardar</translation>
    </message>
    <message>
        <source>Lathe did not close normally. Changes to %1, autosaved %2, were never saved.</source>
        <translation>Lathe no se cerró con normalidad. Los cambios en %1, guardados automáticamente el %2, nunca se guardaron.</translation>
    </message>
    <message>
        <source>Recover opens them as unsaved changes; the album's own file is untouched until you save.</source>
        <translation>«Recuperar» los abre como cambios sin guardar; el archivo del álbum no se toca hasta que guarde.</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Ahora no</translation>
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
        <translation>leyendo…</translation>
    </message>
    <message>
        <source>Fade-in curve</source>
        <translation>Curva del fundido de entrada</translation>
    </message>
    <message>
        <source>Fade-out curve</source>
        <translation>Curva del fundido de salida</translation>
    </message>
    <message>
        <source>cannot read the source: %1</source>
        <translation>no se puede leer la fuente: %1</translation>
    </message>
</context>
<context>
    <name>lathe::ui::Autosaver</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Falló el guardado automático: %1</translation>
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
        <translation>Añadir un módulo después del seleccionado</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Remove the selected module</source>
        <translation>Quitar el módulo seleccionado</translation>
    </message>
    <message>
        <source>▲</source>
        <translation>▲</translation>
    </message>
    <message>
        <source>Move the selected module earlier in the chain</source>
        <translation>Adelantar el módulo seleccionado en la cadena</translation>
    </message>
    <message>
        <source>▼</source>
        <translation>▼</translation>
    </message>
    <message>
        <source>Move the selected module later in the chain</source>
        <translation>Retrasar el módulo seleccionado en la cadena</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Igualar</translation>
    </message>
    <message>
        <source>Level-matched bypass: a module you bypass keeps its loudness on the monitor, so you hear what it does to the sound, not how much louder it makes it</source>
        <translation>Omisión con nivel igualado: un módulo omitido conserva su sonoridad en la escucha, para oír lo que hace al sonido y no cuánto más fuerte lo vuelve</translation>
    </message>
    <message>
        <source>The chain to edit: the master's, or a track's (follows the selected track)</source>
        <translation>La cadena a editar: la del máster o la de una pista (sigue a la pista seleccionada)</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
    <message>
        <source>Activate %1</source>
        <translation>Activar %1</translation>
    </message>
    <message>
        <source>Bypass %1</source>
        <translation>Omitir %1</translation>
    </message>
    <message>
        <source>Master chain</source>
        <translation>Cadena máster</translation>
    </message>
    <message>
        <source>Track %1</source>
        <translation>Pista %1</translation>
    </message>
    <message>
        <source>Track %1: %2</source>
        <translation>Pista %1: %2</translation>
    </message>
    <message>
        <source>Empty chain</source>
        <translation>Cadena vacía</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>Máster</translation>
    </message>
    <message>
        <source>bypassed</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>Bypass a module to hear it level-matched.</source>
        <translation>Omita un módulo para oírlo con el nivel igualado.</translation>
    </message>
    <message>
        <source>Bypass made up by %1 dB on the monitor</source>
        <translation>Omisión compensada en %1 dB en la escucha</translation>
    </message>
    <message>
        <source>Measuring the bypassed level…</source>
        <translation>Midiendo el nivel omitido…</translation>
    </message>
</context>
<context>
    <name>lathe::ui::CompressorControls</name>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Attack</source>
        <translation>Ataque</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Liberación</translation>
    </message>
    <message>
        <source>Knee</source>
        <translation>Rodilla</translation>
    </message>
    <message>
        <source>Makeup</source>
        <translation>Compensación</translation>
    </message>
    <message>
        <source>Stereo link</source>
        <translation>Enlace estéreo</translation>
    </message>
    <message>
        <source>SC HPF</source>
        <translation>HPF SC</translation>
    </message>
    <message>
        <source>RMS</source>
        <translation>RMS</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Pico</translation>
    </message>
    <message>
        <source>What the compressor reacts to: the RMS level (smooth, musical) or the peak level (fast, catches transients)</source>
        <translation>A qué reacciona el compresor: el nivel RMS (suave, musical) o el nivel de pico (rápido, atrapa transitorios)</translation>
    </message>
    <message>
        <source>Detector</source>
        <translation>Detector</translation>
    </message>
    <message>
        <source>Set detector</source>
        <translation>Ajustar detector</translation>
    </message>
</context>
<context>
    <name>lathe::ui::CorrelationMeter</name>
    <message>
        <source>Phase correlation: +1 mono, 0 wide, below 0 cancels in mono</source>
        <translation>Correlación de fase: +1 mono, 0 amplio, por debajo de 0 se cancela en mono</translation>
    </message>
</context>
<context>
    <name>lathe::ui::CrossoverView</name>
    <message>
        <source>Drag a crossover to move it (Shift: fine); click a band to edit it</source>
        <translation>Arrastre una frecuencia de cruce para moverla (Mayús: fino); haga clic en una banda para editarla</translation>
    </message>
</context>
<context>
    <name>lathe::ui::DdpExportPage</name>
    <message>
        <source>Album title</source>
        <translation>Título del álbum</translation>
    </message>
    <message>
        <source>Performer</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <source>Songwriter</source>
        <translation>Letrista</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>Compositor</translation>
    </message>
    <message>
        <source>Arranger</source>
        <translation>Arreglista</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Catalogue (UPC/EAN)</source>
        <translation>Catálogo (UPC/EAN)</translation>
    </message>
    <message>
        <source>Disc</source>
        <translation>Disco</translation>
    </message>
    <message>
        <source>12 or 13 digits, optional</source>
        <translation>12 o 13 dígitos, opcional</translation>
    </message>
    <message>
        <source>CD-Text</source>
        <translation>CD-Text</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Pistas</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>ISRC</source>
        <translation>ISRC</translation>
    </message>
    <message>
        <source>Pregap (s)</source>
        <translation>Pregap (s)</translation>
    </message>
    <message>
        <source>ISRC: CC-XXX-YY-NNNNN (hyphens optional). Track 1 needs a pregap of at least 2 s on CD; every track lasts at least 4 s.</source>
        <translation>ISRC: CC-XXX-YY-NNNNN (guiones opcionales). En CD, la pista 1 necesita un pregap de al menos 2 s; cada pista dura al menos 4 s.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>none: the disc has no MCN</source>
        <translation>ninguno: el disco no tendrá MCN</translation>
    </message>
    <message>
        <source>valid UPC-A</source>
        <translation>UPC-A válido</translation>
    </message>
    <message>
        <source>valid EAN-13</source>
        <translation>EAN-13 válido</translation>
    </message>
    <message>
        <source>Written to the disc (CDTEXT.BIN) from the texts above and the track titles and performers.</source>
        <translation>Se escribe en el disco (CDTEXT.BIN) a partir de los textos de arriba y de los títulos e intérpretes de las pistas.</translation>
    </message>
    <message>
        <source>Not written: no album or track text is set.</source>
        <translation>No se escribe: no hay texto de álbum ni de pista.</translation>
    </message>
    <message>
        <source>Crossfaded into the previous track: no pregap</source>
        <translation>Fundida con la pista anterior: sin pregap</translation>
    </message>
    <message>
        <source>Edit track title</source>
        <translation>Editar el título de la pista</translation>
    </message>
    <message>
        <source>Edit track performer</source>
        <translation>Editar el intérprete de la pista</translation>
    </message>
    <message>
        <source>Edit ISRC</source>
        <translation>Editar ISRC</translation>
    </message>
    <message>
        <source>Change gap</source>
        <translation>Cambiar la pausa</translation>
    </message>
</context>
<context>
    <name>lathe::ui::DeclickPanel</name>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilidad</translation>
    </message>
</context>
<context>
    <name>lathe::ui::EqCurveView</name>
    <message>
        <source>Shape</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activada</translation>
    </message>
    <message>
        <source>Delete Band</source>
        <translation>Eliminar banda</translation>
    </message>
</context>
<context>
    <name>lathe::ui::EqPanel</name>
    <message>
        <source>mix (A)</source>
        <translation>mezcla (A)</translation>
    </message>
    <message>
        <source>master (B)</source>
        <translation>máster (B)</translation>
    </message>
    <message>
        <source>Minimum phase</source>
        <translation>Fase mínima</translation>
    </message>
    <message>
        <source>Linear phase</source>
        <translation>Fase lineal</translation>
    </message>
    <message>
        <source>Minimum phase: no latency, the phase turns like an analogue EQ.
Linear phase: no phase shift, with latency and pre-ringing.</source>
        <translation>Fase mínima: sin latencia, la fase gira como en un ecualizador analógico.
Fase lineal: sin desplazamiento de fase, con latencia y pre-ringing.</translation>
    </message>
    <message>
        <source>Change EQ Phase</source>
        <translation>Cambiar la fase del ecualizador</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>±%1 dB</source>
        <translation>±%1 dB</translation>
    </message>
    <message>
        <source>The gain range the curve shows</source>
        <translation>El rango de ganancia que muestra la curva</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Rango</translation>
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
        <translation>Activada</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected band (Del)</source>
        <translation>Eliminar la banda seleccionada (Supr)</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Ganancia</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <source>Slope</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Double-click the curve to add a band. Drag a node for frequency and gain, turn the wheel over it for Q, right-click for shape and placement.</source>
        <translation>Haga doble clic en la curva para añadir una banda. Arrastre un punto para la frecuencia y la ganancia, gire la rueda sobre él para el Q, clic derecho para la forma y la ubicación.</translation>
    </message>
    <message>
        <source>Band %1</source>
        <translation>Banda %1</translation>
    </message>
    <message>
        <source>No band</source>
        <translation>Ninguna banda</translation>
    </message>
    <message>
        <source>Edit EQ Band %1</source>
        <translation>Editar la banda de ecualizador %1</translation>
    </message>
    <message>
        <source>Add EQ Band</source>
        <translation>Añadir banda de ecualizador</translation>
    </message>
    <message>
        <source>Delete EQ Band %1</source>
        <translation>Eliminar la banda de ecualizador %1</translation>
    </message>
</context>
<context>
    <name>lathe::ui::ExportDialog</name>
    <message>
        <source>Checking the project…</source>
        <translation>Comprobando el proyecto…</translation>
    </message>
    <message>
        <source>Rendering the tracks through their chains…</source>
        <translation>Renderizando las pistas por sus cadenas…</translation>
    </message>
    <message>
        <source>Placing the tracks on the album…</source>
        <translation>Colocando las pistas en el álbum…</translation>
    </message>
    <message>
        <source>Mastering the album…</source>
        <translation>Masterizando el álbum…</translation>
    </message>
    <message>
        <source>Writing and verifying the DDP image…</source>
        <translation>Escribiendo y verificando la imagen DDP…</translation>
    </message>
    <message>
        <source>Writing the WAV files…</source>
        <translation>Escribiendo los archivos WAV…</translation>
    </message>
    <message>
        <source>Encoding and checking the MP3 files…</source>
        <translation>Codificando y comprobando los archivos MP3…</translation>
    </message>
    <message>
        <source>Measuring the files and writing the report…</source>
        <translation>Midiendo los archivos y escribiendo el informe…</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Open Report</source>
        <translation>Abrir el informe</translation>
    </message>
    <message>
        <source>Back to Settings</source>
        <translation>Volver a los ajustes</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export Release</source>
        <translation>Exportar lanzamiento</translation>
    </message>
    <message>
        <source>CD master (DDP 2.00)</source>
        <translation>Máster de CD (DDP 2.00)</translation>
    </message>
    <message>
        <source>WAV masters</source>
        <translation>Másteres WAV</translation>
    </message>
    <message>
        <source>MP3</source>
        <translation>MP3</translation>
    </message>
    <message>
        <source>Render:</source>
        <translation>Renderizar:</translation>
    </message>
    <message>
        <source>Enable %1 export</source>
        <translation>Activar la exportación %1</translation>
    </message>
    <message>
        <source>Disable %1 export</source>
        <translation>Desactivar la exportación %1</translation>
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
        <translation>Comprobación del lanzamiento</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Pista</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Double-click a track's problem to show the track.</source>
        <translation>Haga doble clic en el problema de una pista para mostrarla.</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Carpeta de salida</translation>
    </message>
    <message>
        <source>The release folder: DDP/, WAV/, MP3/, report.json and report.html. An earlier release in it is replaced when the new one is complete.</source>
        <translation>La carpeta del lanzamiento: DDP/, WAV/, MP3/, report.json y report.html. Un lanzamiento anterior en ella se sustituye cuando el nuevo está completo.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Folder for the release</source>
        <translation>Carpeta para el lanzamiento</translation>
    </message>
    <message>
        <source>Untitled album</source>
        <translation>Álbum sin título</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation><numerusform>%n pista</numerusform><numerusform>%n pistas</numerusform></translation>
    </message>
    <message>
        <source>%1 kHz</source>
        <translation>%1 kHz</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>Álbum</translation>
    </message>
    <message>
        <source>Ready: the project and the Red Book rules for the CD are met.</source>
        <translation>Listo: el proyecto y las reglas del Red Book para el CD se cumplen.</translation>
    </message>
    <message>
        <source>Ready: the project is complete.</source>
        <translation>Listo: el proyecto está completo.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before the release can be rendered:</source>
        <translation><numerusform>%n problema que corregir antes de poder renderizar el lanzamiento:</numerusform><numerusform>%n problemas que corregir antes de poder renderizar el lanzamiento:</numerusform></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Folder not empty</source>
        <translation>Carpeta no vacía</translation>
    </message>
    <message>
        <source>%1 already holds files that are not a Lathe release.</source>
        <translation>%1 ya contiene archivos que no son un lanzamiento de Lathe.</translation>
    </message>
    <message>
        <source>The render replaces its output folder as a whole. Choose an empty or new folder.</source>
        <translation>El renderizado sustituye su carpeta de salida por completo. Elija una carpeta vacía o nueva.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelado: no se escribió nada.</translation>
    </message>
    <message>
        <source>The release was not written.</source>
        <translation>El lanzamiento no se escribió.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falló la exportación</translation>
    </message>
    <message>
        <source>The release could not be rendered.</source>
        <translation>No se pudo renderizar el lanzamiento.</translation>
    </message>
    <message>
        <source>The release could not be rendered: %1</source>
        <translation>No se pudo renderizar el lanzamiento: %1</translation>
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
        <translation>Título</translation>
    </message>
    <message>
        <source>Integrated (LUFS)</source>
        <translation>Integrada (LUFS)</translation>
    </message>
    <message>
        <source>True peak (dBTP)</source>
        <translation>Pico real (dBTP)</translation>
    </message>
    <message>
        <source>LRA (LU)</source>
        <translation>LRA (LU)</translation>
    </message>
    <message>
        <source>MP3 true peak (dBTP)</source>
        <translation>Pico real MP3 (dBTP)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>MD5</source>
        <translation>MD5</translation>
    </message>
    <message>
        <source>Loudness of the delivered files</source>
        <translation>Sonoridad de los archivos entregados</translation>
    </message>
    <message>
        <source>Files written</source>
        <translation>Archivos escritos</translation>
    </message>
    <message numerus="yes">
        <source>Release written: %n file(s)</source>
        <translation><numerusform>Lanzamiento escrito: %n archivo</numerusform><numerusform>Lanzamiento escrito: %n archivos</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>DDP image read back by the independent reader: %n track(s)</source>
        <translation><numerusform>Imagen DDP releída por el lector independiente: %n pista</numerusform><numerusform>Imagen DDP releída por el lector independiente: %n pistas</numerusform></translation>
    </message>
    <message>
        <source>, checksums match (DDP/checksum.md5).</source>
        <translation>, las sumas de comprobación coinciden (DDP/checksum.md5).</translation>
    </message>
    <message>
        <source>, checksums do NOT match.</source>
        <translation>, las sumas de comprobación NO coinciden.</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>Álbum</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
</context>
<context>
    <name>lathe::ui::GainPanel</name>
    <message>
        <source>Gain</source>
        <translation>Ganancia</translation>
    </message>
</context>
<context>
    <name>lathe::ui::GainReductionMeter</name>
    <message>
        <source>Gain reduction</source>
        <translation>Reducción de ganancia</translation>
    </message>
</context>
<context>
    <name>lathe::ui::LevelMeter</name>
    <message>
        <source>Peak (bars) and true peak (white marks); click to reset the holds</source>
        <translation>Pico (barras) y true peak (marcas blancas); haz clic para reiniciar las retenciones</translation>
    </message>
    <message>
        <source>L</source>
        <translation>I</translation>
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
        <translation>Ganancia de entrada</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>Techo</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Liberación</translation>
    </message>
    <message>
        <source>Lookahead</source>
        <translation>Anticipación</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Sin objetivo</translation>
    </message>
    <message>
        <source>A streaming service's loudness target: sets the ceiling it asks for and shows the loudness to aim at</source>
        <translation>Objetivo de sonoridad de un servicio de streaming: fija el techo que pide y muestra la sonoridad a alcanzar</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Gain reduction</source>
        <translation>Reducción de ganancia</translation>
    </message>
    <message>
        <source>The engine meters the master chain's last active limiter; this one is not it.</source>
        <translation>El motor mide el último limitador activo de la cadena máster; no es este.</translation>
    </message>
    <message>
        <source>Ceiling for %1</source>
        <translation>Techo para %1</translation>
    </message>
    <message>
        <source>Aim for %1 LUFS integrated, ceiling %2 dBTP</source>
        <translation>Objetivo: %1 LUFS integrados, techo %2 dBTP</translation>
    </message>
    <message>
        <source>Short-term now %1 LUFS (%2 LU)</source>
        <translation>Corto plazo ahora %1 LUFS (%2 LU)</translation>
    </message>
    <message>
        <source>Short-term now %1 LUFS</source>
        <translation>Corto plazo ahora %1 LUFS</translation>
    </message>
</context>
<context>
    <name>lathe::ui::LoudnessPanel</name>
    <message>
        <source>Momentary</source>
        <translation>Momentánea</translation>
    </message>
    <message>
        <source>LUFS</source>
        <translation>LUFS</translation>
    </message>
    <message>
        <source>Short-term</source>
        <translation>Corto plazo</translation>
    </message>
    <message>
        <source>Integrated</source>
        <translation>Integrada</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Rango</translation>
    </message>
    <message>
        <source>LU</source>
        <translation>LU</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>Correlación</translation>
    </message>
</context>
<context>
    <name>lathe::ui::MainWindow</name>
    <message>
        <source>loudness: unchanged</source>
        <translation>sonoridad: sin cambios</translation>
    </message>
    <message>
        <source>each track to %1 LUFS</source>
        <translation>cada pista a %1 LUFS</translation>
    </message>
    <message>
        <source>album to %1 LUFS</source>
        <translation>álbum a %1 LUFS</translation>
    </message>
    <message>
        <source>Lathe</source>
        <translation>Lathe</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>Lathe projects (*.lathe)</source>
        <translation>Proyectos de Lathe (*.lathe)</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message>
        <source>The project could not be opened.

%1</source>
        <translation>No se pudo abrir el proyecto.

%1</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Ningún proyecto abierto</translation>
    </message>
    <message>
        <source>Open a project with File ▸ Open Project…</source>
        <translation>Abra un proyecto con Archivo ▸ Abrir proyecto…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation><numerusform>%n pista</numerusform><numerusform>%n pistas</numerusform></translation>
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
        <translation>Midiendo fuentes: %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>All %n source(s) measured</source>
        <translation>
            <numerusform>La fuente está medida</numerusform>
            <numerusform>Las %n fuentes están medidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Loudness</source>
        <translation>Sonoridad</translation>
    </message>
    <message>
        <source>Spectrum</source>
        <translation>Espectro</translation>
    </message>
    <message>
        <source>Streaming platforms</source>
        <translation>Plataformas de streaming</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Add &amp;Tracks…</source>
        <translation>Añadir &amp;pistas…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Transport</source>
        <translation>&amp;Transporte</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Ajustar a la ventana</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The album has unsaved changes. Save them?</source>
        <translation>El álbum tiene cambios sin guardar. ¿Guardarlos?</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Guardar proyecto como</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>No se puede guardar el proyecto</translation>
    </message>
    <message>
        <source>The project was not saved.

%1</source>
        <translation>El proyecto no se ha guardado.

%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 guardado</translation>
    </message>
    <message>
        <source>Add Tracks</source>
        <translation>Añadir pistas</translation>
    </message>
    <message>
        <source>Audio files (%1)</source>
        <translation>Archivos de audio (%1)</translation>
    </message>
    <message>
        <source>%1[*] — Lathe</source>
        <translation>%1[*] — Lathe</translation>
    </message>
    <message>
        <source>DDP: edits snap to CD frames</source>
        <translation>DDP: las ediciones se ajustan a tramas de CD</translation>
    </message>
    <message>
        <source>no DDP</source>
        <translation>sin DDP</translation>
    </message>
    <message>
        <source>  ·  reading waveforms…</source>
        <translation>  ·  leyendo formas de onda…</translation>
    </message>
    <message>
        <source>  ·  output: %1, %2 Hz</source>
        <translation>  ·  salida: %1, %2 Hz</translation>
    </message>
    <message>
        <source>  ·  playback unavailable: meters show the sources' analysis at the play head</source>
        <translation>  ·  reproducción no disponible: los medidores muestran el análisis de las fuentes en el cabezal</translation>
    </message>
    <message>
        <source>Nothing measured yet.</source>
        <translation>Aún no se ha medido nada.</translation>
    </message>
    <message>
        <source>Track %1 “%2”: measuring…</source>
        <translation>Pista %1 «%2»: midiendo…</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Midiendo…</translation>
    </message>
    <message>
        <source>Track %1 “%2”, measured on the source mix (the master is not rendered yet).</source>
        <translation>Pista %1 «%2», medida sobre la mezcla original (el máster aún no está renderizado).</translation>
    </message>
    <message>
        <source>A · source mix at the play head (stopped)</source>
        <translation>A · mezcla original en el cabezal (detenido)</translation>
    </message>
    <message>
        <source>B · master (orange) over A · mix (blue)</source>
        <translation>B · máster (naranja) sobre A · mezcla (azul)</translation>
    </message>
    <message>
        <source>Track %1 “%2”: history, integrated and range of the source mix; momentary and short-term live while playing</source>
        <translation>Pista %1 «%2»: historial, sonoridad integrada y rango de la mezcla original; momentánea y a corto plazo en directo al reproducir</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Cadena</translation>
    </message>
</context>
<context>
    <name>lathe::ui::ModuleListView</name>
    <message>
        <source>bypassed, level matched</source>
        <translation>omitido, nivel igualado</translation>
    </message>
    <message>
        <source>bypassed</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>Signal flows top to bottom. Tick to switch a module on, untick to bypass it; drag to reorder; Delete removes</source>
        <translation>La señal fluye de arriba abajo. Marque para activar un módulo, desmarque para omitirlo; arrastre para reordenar; Supr lo quita</translation>
    </message>
    <message>
        <source>No modules. Add one with +.</source>
        <translation>Sin módulos. Añada uno con +.</translation>
    </message>
</context>
<context>
    <name>lathe::ui::Mp3ExportPage</name>
    <message>
        <source>Constant bitrate (CBR)</source>
        <translation>Tasa de bits constante (CBR)</translation>
    </message>
    <message>
        <source>Variable bitrate (VBR)</source>
        <translation>Tasa de bits variable (VBR)</translation>
    </message>
    <message>
        <source>%1 kbps</source>
        <translation>%1 kbps</translation>
    </message>
    <message>
        <source>highest quality (about 245 kbps)</source>
        <translation>máxima calidad (unos 245 kbps)</translation>
    </message>
    <message>
        <source>smallest files (about 65 kbps)</source>
        <translation>archivos más pequeños (unos 65 kbps)</translation>
    </message>
    <message>
        <source>Encoding (LAME)</source>
        <translation>Codificación (LAME)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Bitrate</source>
        <translation>Tasa de bits</translation>
    </message>
    <message>
        <source>VBR quality</source>
        <translation>Calidad VBR</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>Frecuencia de muestreo</translation>
    </message>
    <message>
        <source>Release checks and tags</source>
        <translation>Comprobaciones y etiquetas del lanzamiento</translation>
    </message>
    <message>
        <source>ID3v2.4 tags written to every file: title, artist, album, album artist, track n/N, date, genre, ISRC and ReplayGain 2.0 track gain and peak (measured on the decoded file). Files are gapless (LAME info tag).</source>
        <translation>Etiquetas ID3v2.4 en cada archivo: título, artista, álbum, artista del álbum, pista n/N, fecha, género, ISRC y ganancia y pico de pista ReplayGain 2.0 (medidos en el archivo decodificado). Los archivos no tienen huecos (etiqueta de información LAME).</translation>
    </message>
    <message>
        <source>MP3 mode</source>
        <translation>Modo MP3</translation>
    </message>
    <message>
        <source>MP3 bitrate</source>
        <translation>Tasa de bits MP3</translation>
    </message>
    <message>
        <source>MP3 VBR quality</source>
        <translation>Calidad VBR MP3</translation>
    </message>
    <message>
        <source>%1 kHz, stereo</source>
        <translation>%1 kHz, estéreo</translation>
    </message>
    <message>
        <source>True-peak ceiling %1 dBTP (the master limiter's): each file is decoded again and, where decoding overshoots it, encoded again with less gain.</source>
        <translation>Techo de pico real %1 dBTP (el del limitador del máster): cada archivo se vuelve a decodificar y, donde la decodificación lo supera, se codifica de nuevo con menos ganancia.</translation>
    </message>
    <message>
        <source>Files are named by the renderer: MP3/%1 … (the project format has no naming pattern).</source>
        <translation>Los archivos los nombra el renderizador: MP3/%1 … (el formato de proyecto no tiene patrón de nombres).</translation>
    </message>
</context>
<context>
    <name>lathe::ui::MultibandPanel</name>
    <message>
        <source>+ Crossover</source>
        <translation>+ Frecuencia de cruce</translation>
    </message>
    <message>
        <source>− Crossover</source>
        <translation>− Frecuencia de cruce</translation>
    </message>
    <message>
        <source>Linear phase</source>
        <translation>Fase lineal</translation>
    </message>
    <message>
        <source>Split the selected band in two at its centre</source>
        <translation>Dividir la banda seleccionada en dos por su centro</translation>
    </message>
    <message>
        <source>Merge the selected band with the band above it (the top band: with the one below)</source>
        <translation>Unir la banda seleccionada con la de arriba (la más alta: con la de abajo)</translation>
    </message>
    <message>
        <source>FIR crossovers: no phase shift between bands, at the cost of latency</source>
        <translation>Cruces FIR: sin desfase entre bandas, a costa de latencia</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Solo: hear only the soloed bands</source>
        <translation>Solo: oír solo las bandas en solo</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Bypass this band's compressor</source>
        <translation>Omitir el compresor de esta banda</translation>
    </message>
    <message>
        <source>Solo band</source>
        <translation>Banda en solo</translation>
    </message>
    <message>
        <source>Bypass band</source>
        <translation>Omitir banda</translation>
    </message>
    <message>
        <source>Set linear phase</source>
        <translation>Ajustar fase lineal</translation>
    </message>
    <message>
        <source>Move crossover</source>
        <translation>Mover frecuencia de cruce</translation>
    </message>
    <message>
        <source>Add crossover</source>
        <translation>Añadir frecuencia de cruce</translation>
    </message>
    <message>
        <source>Remove crossover</source>
        <translation>Quitar frecuencia de cruce</translation>
    </message>
    <message>
        <source>Band %1: %2</source>
        <translation>Banda %1: %2</translation>
    </message>
</context>
<context>
    <name>lathe::ui::ParameterControl</name>
    <message>
        <source>Off</source>
        <translation>Apagado</translation>
    </message>
    <message>
        <source>%1 — drag or scroll to change (Shift: fine), double-click for the default (%2), or type a value</source>
        <translation>%1: arrastre o desplace para cambiar (Mayús: fino), doble clic para el valor predeterminado (%2) o escriba un valor</translation>
    </message>
</context>
<context>
    <name>lathe::ui::ParameterPanel</name>
    <message>
        <source>Set %1</source>
        <translation>Ajustar %1</translation>
    </message>
</context>
<context>
    <name>lathe::ui::PlatformTargetsPanel</name>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Playback gain</source>
        <translation>Ganancia de reproducción</translation>
    </message>
    <message>
        <source>Heard at</source>
        <translation>Se oye a</translation>
    </message>
    <message>
        <source>TP limit</source>
        <translation>Límite TP</translation>
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
        <translation>Aún no se ha medido nada.</translation>
    </message>
    <message>
        <source>True peak %1 dBTP; %2 allows %3 dBTP</source>
        <translation>True peak %1 dBTP; %2 permite %3 dBTP</translation>
    </message>
    <message>
        <source>⚠ TP over limit</source>
        <translation>⚠ TP por encima del límite</translation>
    </message>
    <message>
        <source>turned down</source>
        <translation>bajado</translation>
    </message>
    <message>
        <source>turned up</source>
        <translation>subido</translation>
    </message>
    <message>
        <source>as mastered</source>
        <translation>tal como se masterizó</translation>
    </message>
</context>
<context>
    <name>lathe::ui::PlaybackController</name>
    <message>
        <source>Playback unavailable: %1</source>
        <translation>Reproducción no disponible: %1</translation>
    </message>
    <message>
        <source>%1: playing on the null device</source>
        <translation>%1: reproduciendo en el dispositivo nulo</translation>
    </message>
</context>
<context>
    <name>lathe::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Audio output</source>
        <translation>Salida de audio</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (no conectado)</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Dispositivo:</translation>
    </message>
    <message>
        <source>The album's rate</source>
        <translation>Frecuencia del álbum</translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <source>Sample rate:</source>
        <translation>Frecuencia de muestreo:</translation>
    </message>
    <message>
        <source>The device's default</source>
        <translation>Predeterminado del dispositivo</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation><numerusform>%n muestra</numerusform><numerusform>%n muestras</numerusform></translation>
    </message>
    <message>
        <source>Buffer size:</source>
        <translation>Tamaño del búfer:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Default folder:</source>
        <translation>Carpeta predeterminada:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The system's language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Interface:</source>
        <translation>Interfaz:</translation>
    </message>
    <message>
        <source>A new language applies the next time Lathe starts.</source>
        <translation>El nuevo idioma se aplica la próxima vez que se inicie Lathe.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>No audio output (keeps time)</source>
        <translation>Sin salida de audio (mantiene el tiempo)</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>Carpeta de exportación predeterminada</translation>
    </message>
    <message>
        <source>The device chooses its buffer.</source>
        <translation>El dispositivo elige su búfer.</translation>
    </message>
    <message>
        <source>%1 ms per buffer</source>
        <translation>%1 ms por búfer</translation>
    </message>
    <message>
        <source>%1 ms per buffer at 48 kHz</source>
        <translation>%1 ms por búfer a 48 kHz</translation>
    </message>
</context>
<context>
    <name>lathe::ui::ProjectDocument</name>
    <message>
        <source>Move track</source>
        <translation>Mover pista</translation>
    </message>
    <message numerus="yes">
        <source>Add %n track(s)</source>
        <translation>
            <numerusform>Añadir %n pista</numerusform>
            <numerusform>Añadir %n pistas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n track(s)</source>
        <translation>
            <numerusform>Quitar %n pista</numerusform>
            <numerusform>Quitar %n pistas</numerusform>
        </translation>
    </message>
    <message>
        <source>Crossfade</source>
        <translation>Fundido cruzado</translation>
    </message>
    <message>
        <source>Change gap</source>
        <translation>Cambiar la pausa</translation>
    </message>
    <message>
        <source>Fade in</source>
        <translation>Fundido de entrada</translation>
    </message>
    <message>
        <source>Fade out</source>
        <translation>Fundido de salida</translation>
    </message>
    <message>
        <source>Fade curve</source>
        <translation>Curva de fundido</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Lineal</translation>
    </message>
    <message>
        <source>Equal power</source>
        <translation>Potencia constante</translation>
    </message>
    <message>
        <source>Logarithmic</source>
        <translation>Logarítmica</translation>
    </message>
    <message>
        <source>Exponential</source>
        <translation>Exponencial</translation>
    </message>
    <message>
        <source>S-curve</source>
        <translation>Curva en S</translation>
    </message>
</context>
<context>
    <name>lathe::ui::ReductionHistory</name>
    <message>
        <source>Gain reduction over the last %1 seconds</source>
        <translation>Reducción de ganancia de los últimos %1 segundos</translation>
    </message>
</context>
<context>
    <name>lathe::ui::StereoPanel</name>
    <message>
        <source>Width</source>
        <translation>Anchura</translation>
    </message>
    <message>
        <source>Mono below</source>
        <translation>Mono por debajo de</translation>
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
        <translation>fundido cruzado %1 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>measuring…</source>
        <translation>midiendo…</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ilegible</translation>
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
        <translation>Título</translation>
    </message>
    <message>
        <source>Performer</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>ISRC</source>
        <translation>ISRC</translation>
    </message>
    <message>
        <source>Integrated</source>
        <translation>Integrada</translation>
    </message>
    <message>
        <source>True peak</source>
        <translation>Pico real</translation>
    </message>
</context>
<context>
    <name>lathe::ui::TransferCurveView</name>
    <message>
        <source>Output level over input level: the compressor's static curve</source>
        <translation>Nivel de salida frente al de entrada: la curva estática del compresor</translation>
    </message>
</context>
<context>
    <name>lathe::ui::TransportBar</name>
    <message>
        <source>A · MIX</source>
        <translation>A · MEZCLA</translation>
    </message>
    <message>
        <source>B · MASTER</source>
        <translation>B · MÁSTER</translation>
    </message>
    <message>
        <source>Δ · DELTA (B − A)</source>
        <translation>Δ · DELTA (B − A)</translation>
    </message>
    <message>
        <source>To start</source>
        <translation>Al inicio</translation>
    </message>
    <message>
        <source>Play/Pause</source>
        <translation>Reproducir/Pausa</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Bucle</translation>
    </message>
    <message>
        <source>Loop the region dragged in the ruler (L)</source>
        <translation>Repetir la región arrastrada en la regla (L)</translation>
    </message>
    <message>
        <source>A  Mix</source>
        <translation>A  Mezcla</translation>
    </message>
    <message>
        <source>B  Master</source>
        <translation>B  Máster</translation>
    </message>
    <message>
        <source>Δ  Delta</source>
        <translation>Δ  Delta</translation>
    </message>
    <message>
        <source>Hear the mix, loudness-matched to the master (A)</source>
        <translation>Escuchar la mezcla, igualada en sonoridad al máster (A)</translation>
    </message>
    <message>
        <source>Hear the master (B)</source>
        <translation>Escuchar el máster (B)</translation>
    </message>
    <message>
        <source>Hear only what mastering changes: master minus mix (D)</source>
        <translation>Escuchar solo lo que cambia el mastering: máster menos mezcla (D)</translation>
    </message>
    <message>
        <source>Play head (h:mm:ss.hundredths)</source>
        <translation>Cabezal (h:mm:ss.centésimas)</translation>
    </message>
    <message>
        <source>Play head in CD frames (minutes:seconds:frames, 75 frames per second)</source>
        <translation>Cabezal en tramas de CD (minutos:segundos:tramas, 75 tramas por segundo)</translation>
    </message>
    <message>
        <source>Play/Pause (Space)</source>
        <translation>Reproducir/Pausa (Espacio)</translation>
    </message>
    <message>
        <source>Playback unavailable</source>
        <translation>Reproducción no disponible</translation>
    </message>
    <message>
        <source>CD %1</source>
        <translation>CD %1</translation>
    </message>
    <message>
        <source>Hearing %1</source>
        <translation>Escuchando %1</translation>
    </message>
</context>
<context>
    <name>lathe::ui::WavExportPage</name>
    <message>
        <source>One file per track</source>
        <translation>Un archivo por pista</translation>
    </message>
    <message>
        <source>One album file with a cue sheet</source>
        <translation>Un archivo de álbum con hoja cue</translation>
    </message>
    <message>
        <source>16-bit integer</source>
        <translation>Entero de 16 bits</translation>
    </message>
    <message>
        <source>24-bit integer</source>
        <translation>Entero de 24 bits</translation>
    </message>
    <message>
        <source>32-bit float</source>
        <translation>Coma flotante de 32 bits</translation>
    </message>
    <message>
        <source>None (truncate)</source>
        <translation>Ninguno (truncar)</translation>
    </message>
    <message>
        <source>TPDF</source>
        <translation>TPDF</translation>
    </message>
    <message>
        <source>Noise-shaped</source>
        <translation>Con conformado de ruido</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Word length</source>
        <translation>Longitud de palabra</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>Frecuencia de muestreo</translation>
    </message>
    <message>
        <source>Dither</source>
        <translation>Dither</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>WAV word length</source>
        <translation>Longitud de palabra WAV</translation>
    </message>
    <message>
        <source>WAV sample rate</source>
        <translation>Frecuencia de muestreo WAV</translation>
    </message>
    <message>
        <source>WAV dither</source>
        <translation>Dither WAV</translation>
    </message>
    <message>
        <source>WAV files</source>
        <translation>Archivos WAV</translation>
    </message>
    <message>
        <source>Album rate (%1)</source>
        <translation>Frecuencia del álbum (%1)</translation>
    </message>
    <message>
        <source>32-bit float keeps every sample as it is: no dither.</source>
        <translation>La coma flotante de 32 bits conserva cada muestra tal cual: sin dither.</translation>
    </message>
    <message>
        <source>Digital silence (pregaps, gaps) stays exact zeros. Noise-shaped dither moves the noise where the ear is least sensitive.</source>
        <translation>El silencio digital (pregaps, pausas) sigue siendo cero exacto. El dither con conformado lleva el ruido adonde el oído es menos sensible.</translation>
    </message>
    <message>
        <source>Files are named by the renderer: %1. The project format has no naming pattern; titles are made safe for every file system.</source>
        <translation>Los archivos los nombra el renderizador: %1. El formato de proyecto no tiene patrón de nombres; los títulos se adaptan a cualquier sistema de archivos.</translation>
    </message>
</context>
</TS>