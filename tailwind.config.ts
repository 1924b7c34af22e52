// The theme: colours, fonts and spacing of the product. Tailwind 4 loads it from
// app/globals.css with `@config`.
import type { Config } from "tailwindcss";

export default {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}", "./lib/**/*.{ts,tsx}"],
  theme: {
    extend: {
      fontFamily: {
        sans: ['"Be Vietnam Pro"', "system-ui", "-apple-system", "Segoe UI", "Roboto", "sans-serif"],
      },
      colors: {
        // The red of party and state documents, kept for accents and the masthead.
        brand: {
          50: "#fdf3f2",
          100: "#fbe4e1",
          200: "#f6cbc6",
          500: "#c8281e",
          600: "#a91f17",
          700: "#8c1a14",
          800: "#731813",
          900: "#5f1713",
        },
        // Status colours: every status is also written in words, never colour alone.
        status: {
          ontime: "#15803d",
          late: "#b45309",
          overdue: "#b91c1c",
          progress: "#1d4ed8",
          cancelled: "#6b7280",
        },
      },
      spacing: {
        page: "1.5rem",
      },
      maxWidth: {
        content: "80rem",
      },
    },
  },
} satisfies Config;
