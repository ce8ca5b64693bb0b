import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { App } from './App';
import { CitizenModeProvider } from './questionnaires/citizenMode';
import { SessionProvider } from './session';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BrowserRouter>
      <SessionProvider>
        <CitizenModeProvider>
          <App />
        </CitizenModeProvider>
      </SessionProvider>
    </BrowserRouter>
  </StrictMode>,
);
