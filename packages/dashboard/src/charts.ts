import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(
  LineController,
  LineElement,
  PointElement,
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  Legend,
  Tooltip,
);

// Colours distinguishable with the common colour-vision deficiencies (Okabe-Ito), with point styles as a second cue.
const palette = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];
const pointStyles = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'cross', 'crossRot'] as const;

export interface Series {
  label: string;
  values: Array<number | null>;
}

/** A chart over labelled points; null values are gaps (a suppressed cell is never drawn as zero). */
export function drawChart(
  canvas: HTMLCanvasElement,
  kind: 'line' | 'bar',
  labels: string[],
  series: Series[],
  percent: boolean,
): Chart {
  return new Chart(canvas, {
    type: kind,
    data: {
      labels,
      datasets: series.map((s, i) => ({
        label: s.label,
        data: s.values,
        borderColor: palette[i % palette.length]!,
        backgroundColor: palette[i % palette.length]!,
        pointStyle: pointStyles[i % pointStyles.length]!,
        pointRadius: 4,
        spanGaps: false,
      })),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: { y: { beginAtZero: true, ...(percent ? { ticks: { format: { style: 'percent' } } } : {}) } },
      plugins: { legend: { position: 'bottom' } },
    },
  });
}
