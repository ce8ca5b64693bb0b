// Series colours: each has at least 3:1 contrast against the white background (WCAG 1.4.11), and
// neighbours differ in hue and lightness so stacked bars stay apart.
export const SERIES_COLOURS = [
  '#0b4f8a', // blue (the app's accent)
  '#b35900', // dark orange
  '#1d6b32', // green
  '#8e2c7f', // purple
  '#9a2a00', // red-brown
  '#00727a', // teal
  '#5e5e00', // olive
  '#4a4a9c', // indigo
  '#7a4a1f', // brown
  '#555555', // grey
];

export const colourFor = (index: number) => SERIES_COLOURS[index % SERIES_COLOURS.length]!;
