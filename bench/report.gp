# The chart of bench/results/latest.png: per system, the share of reads each
# node served (stacked, left) and the stale reads over all runs (right).
# Usage: gnuplot -e "datafile='latest.dat'; outfile='latest.png'" bench/report.gp
# The data file (written by lsnroute-bench) has a header line
# "system primary r1 r2 ... stale" and one line per system.
if (!exists("datafile")) datafile = 'bench/results/latest.dat'
if (!exists("outfile")) outfile = 'bench/results/latest.png'

set terminal pngcairo size 1400,560 font "sans,10" noenhanced
set output outfile
columns = int(system("head -1 '" . datafile . "' | wc -w"))
nodes = columns - 2

set multiplot layout 1,2 title "pg_lsnroute benchmark: where reads went, and stale reads" font "sans,13"

set title "Share of reads per node (%)"
set style data histograms
set style histogram rowstacked
set style fill solid 0.85 border -1
set boxwidth 0.7
set yrange [0:100]
set ylabel "% of reads"
set xtics rotate by -30 nomirror
set grid ytics
set key outside right top vertical
plot for [i=2:nodes+1] datafile using i:xtic(1) title columnhead(i)

set title "Stale reads (all runs; must be 0)"
set yrange [0:*]
set ylabel "stale reads"
set key off
# every ::1 skips the header line.
plot datafile every ::1 using 0:(column(columns)):xtic(1) with boxes lc rgb "#c0392b", \
     '' every ::1 using 0:(column(columns)):(sprintf("%d", column(columns))) with labels offset 0,0.8

unset multiplot
