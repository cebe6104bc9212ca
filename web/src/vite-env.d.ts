/// <reference types="vite/client" />
declare module 'virtual:labels' {
  export const cameoNames: Record<string, string>;
  export const countryNames: Record<string, string>;
}
